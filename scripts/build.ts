// npm run build: everything a deployment needs, into dist/ (site, search index, PDF editions).
// Content is checked first; dist/ is replaced only when every stage succeeded (see src/build/publish.ts).
// `--root <folder>` builds another project folder (used by the tests).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentCheckError } from '../src/check/index.ts';
import { TypesetError } from '../src/typeset/index.ts';
import { BuildStepError, describeBuildFailure, namedStep } from '../src/build/build-failure.ts';
import { publishAtomically } from '../src/build/publish.ts';
import { buildEverything, STAGES } from '../src/build/pipeline.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const projectRoot =
  rootAt === -1 ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') : path.resolve(args[rootAt + 1]);

// Anything thrown outside the awaited build (a crash in a worker, a stray callback) is reported like a failed
// step, never as a bare English stack; dist/ is only replaced at the very end, so it is untouched.
const crash = (error: unknown) => {
  console.error(describeBuildFailure(error, projectRoot));
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

try {
  const dist = await publishAtomically(projectRoot, (outDir) => buildEverything(projectRoot, outDir, STAGES.map(namedStep)));
  console.log(`构建完成：${path.relative(process.cwd(), dist) || '.'}/`);
} catch (failure) {
  const error = failure instanceof BuildStepError ? failure.cause : failure;
  if (error instanceof ContentCheckError) {
    console.error(error.message);
    console.error('\n内容检查发现错误，没有构建。dist/ 保持不变。');
  } else if (error instanceof TypesetError) {
    // A mistake in the content the checks could not see: its message names file, line and the fix; a stack
    // trace would only bury it.
    console.error(error.message);
    console.error('\n印刷版排版发现内容错误，没有构建。dist/ 保持不变。');
  } else {
    console.error(describeBuildFailure(failure, projectRoot));
  }
  process.exitCode = 1;
}
