// npm run new -- news "标题"   |   npm run new -- story "标题"   [--slug 文件名]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEntry, KINDS, type EntryKind } from '../src/scaffold/new-entry.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const slugAt = args.indexOf('--slug');
const slug = slugAt === -1 ? undefined : args[slugAt + 1];
const [kind, ...titleWords] = slugAt === -1 ? args : [...args.slice(0, slugAt), ...args.slice(slugAt + 2)];
const title = titleWords.join(' ').trim();

if (!kind || !(kind in KINDS) || !title) {
  console.error('用法：npm run new -- news "新闻标题"   或   npm run new -- story "故事标题"');
  console.error('可选：--slug 文件名（只用小写字母、数字和连字符）');
  process.exit(2);
}
if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(`文件名“${slug}”不合适：只能用小写字母、数字和连字符，例如 guo-ji-jin-du-ri`);
  process.exit(2);
}

try {
  const file = await createEntry(path.join(projectRoot, 'content'), kind as EntryKind, title, { slug });
  console.log(`已创建：${path.relative(process.cwd(), file)}`);
  console.log('请按文件里的说明填写各个字段，写完后运行 npm run check 检查。');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
