// npm run build: everything a deployment needs, into dist/ (site, search index, PDF editions).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishAtomically } from '../src/build/publish.ts';
import { buildEverything } from '../src/build/pipeline.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const dist = await publishAtomically(projectRoot, (outDir) => buildEverything(projectRoot, outDir));
  console.log(`构建完成：${path.relative(process.cwd(), dist) || '.'}/`);
} catch (error) {
  console.error('构建失败，dist/ 保持不变。');
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
