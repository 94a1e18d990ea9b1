import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// `… from '…'` (imports, type imports, re-exports), `import '…'` and `import('…')`.
const SPECIFIER = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function engineModulesImportedBy(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(SPECIFIER)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.relative(root, path.resolve(root, path.dirname(file), spec)).split(path.sep).join('/'))
    .filter((target) => target.startsWith('src/typeset/'));
}

test('outside the engine, src reaches src/typeset only through its door, index.ts (the content check through src/check/engine.ts)', () => {
  const files = globSync('src/**/*.{ts,mjs,astro}', { cwd: root }).map((f) => f.split(path.sep).join('/'));
  expect(files).toContain('src/reader/assemble-book.ts');
  const beside = files
    .filter((file) => !file.startsWith('src/typeset/') && file !== 'src/check/engine.ts')
    .flatMap((file) => engineModulesImportedBy(file).filter((target) => target !== 'src/typeset/index.ts').map((target) => `${file} → ${target}`));
  expect(beside).toEqual([]);
});
