import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The engine's modules a fresh Node process loads for `import(module)`, project-relative. */
function engineModulesLoadedBy(module: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = new Set();
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.add(r.url); return r; } });
    await import(${JSON.stringify(path.join(root, module))});
    console.log(JSON.stringify([...seen]));`;
  const urls = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as string[];
  return urls
    .filter((url) => url.startsWith('file:'))
    .map((url) => path.relative(root, new URL(url).pathname).split(path.sep).join('/'))
    .filter((file) => file.startsWith('src/typeset/'));
}

test('the content check loads only the engine parts it uses (parser, font config, code points), not layout, fonts or the PDF writer', () => {
  const loaded = engineModulesLoadedBy('src/check/index.ts');
  expect(loaded).toContain('src/typeset/parse/index.ts');
  expect(loaded).not.toContain('src/typeset/index.ts');
  expect(loaded.filter((file) => file.startsWith('src/typeset/layout/') || /render\/(font-set|write-pdf|font-subsets)\.ts$/.test(file))).toEqual([]);
});
