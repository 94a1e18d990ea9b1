// npm run check [-- --format json] [--root 项目文件夹]: every content problem in one run, in Chinese.
// Exit 1 on any error, 0 with only warnings.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatJson, formatReport } from '../src/check/index.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const projectRoot =
  rootAt === -1 ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') : path.resolve(args[rootAt + 1]);
const formatAt = args.indexOf('--format');
const format = formatAt === -1 ? 'text' : args[formatAt + 1];

if (format !== 'text' && format !== 'json') {
  console.error(`未知的输出格式“${format}”：可用 text 或 json`);
  process.exit(2);
}

const started = performance.now();
const problems = await checkContent(projectRoot);
if (format === 'json') {
  console.log(formatJson(problems));
} else {
  console.log(formatReport(problems));
  console.log(`（用时 ${((performance.now() - started) / 1000).toFixed(2)} 秒）`);
}
process.exitCode = problems.some((p) => p.level === 'error') ? 1 : 0;
