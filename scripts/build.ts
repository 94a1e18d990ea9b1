// npm run build: everything a deployment needs, into dist/ (site, search index, PDF editions).
// Content is checked first; dist/ is replaced only when every stage succeeded (see src/build/publish.ts).
// `--root <folder>` builds another project folder (used by the tests).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentCheckError } from '../src/check/index.ts';
import { TypesetError } from '../src/typeset/index.ts';
import { publishAtomically } from '../src/build/publish.ts';
import { buildEverything } from '../src/build/pipeline.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const projectRoot =
  rootAt === -1 ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') : path.resolve(args[rootAt + 1]);

try {
  const dist = await publishAtomically(projectRoot, (outDir) => buildEverything(projectRoot, outDir));
  console.log(`构建完成：${path.relative(process.cwd(), dist) || '.'}/`);
} catch (error) {
  if (error instanceof ContentCheckError) {
    console.error(error.message);
    console.error('\n内容检查发现错误，没有构建。dist/ 保持不变。');
  } else if (error instanceof TypesetError) {
    // A mistake in the content the checks could not see: its message names file, line and the fix; a stack
    // trace would only bury it.
    console.error(error.message);
    console.error('\n印刷版排版发现内容错误，没有构建。dist/ 保持不变。');
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.error('\n构建失败，dist/ 保持不变。');
  }
  process.exitCode = 1;
}
