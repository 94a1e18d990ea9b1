import type { Link, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentEntry, Corpus } from './corpus.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { Problem } from './problem.ts';

/**
 * Markdown markers the parser left as plain text, so they would be printed as typed:
 * - `**“三个到位”**要落实`: by the CommonMark rules (which the site and the PDF engine follow), a closing `**`
 *   after a quotation mark or bracket must be followed by a space or punctuation, never a Chinese character;
 * - `#小标题` without a space after the `#` at the start of a line is a paragraph, not a heading (a warning:
 *   the text is all there);
 * - an image or a link whose brackets did not take (`![图](./images/my photo.jpg)`, `]（…）` in Chinese
 *   brackets, a Chinese `）` at the end), and `！[图](…)`, which makes a link to the image file instead;
 * - a table without its `| --- |` line, which stays lines of text with bars in them;
 * - `__加粗__` between Chinese characters (underscores count as bold only beside spaces or punctuation), and a link
 *   in Chinese square brackets `【协会概况】(/about/gaikuang/)`.
 */
export function checkLiteralMarkers(corpus: Corpus): Problem[] {
  const tables = [...paragraphsOf(corpus)].flatMap(({ entry, start, raw }) => {
    const table = tableWithoutRule(raw);
    return table ? [{ file: entry.file, ...entry.lines.locate(start), level: 'error' as const, rule: 'markdown', ...table }] : [];
  });
  return [...corpus.entries.flatMap((entry) => (entry.tree ? markersIn(entry) : [])), ...tables];
}

function markersIn(entry: ContentEntry): Problem[] {
  const problems: Problem[] = [];
  const at = (offset: number) => ({ file: entry.file, ...entry.lines.locate(offset), level: 'error' as const, rule: 'markdown' });
  visit(entry.tree!, 'link', (node: Link, index, parent) => {
    const before = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
    if (before?.type !== 'text' || !before.value.endsWith('！') || !IMAGE_FILE.test(node.url)) return;
    problems.push({
      ...at((node.position?.start.offset ?? 1) - 1),
      message: '图片前面的感叹号是中文“！”：这里成了一个指向图片文件的链接，网站和印刷版上都不会显示图片',
      fix: '把“！”改为英文感叹号“!”（切换到英文输入法输入），写成 ![说明文字](./images/文件名.jpg "图为……")',
    });
  });
  visit(entry.tree!, 'text', (node: Text, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const raw = entry.source.slice(start, end);
    for (const broken of brokenBrackets(raw)) problems.push({ ...at(start + broken.index), message: broken.message, fix: broken.fix });
    const stars = raw.indexOf('**');
    if (stars !== -1) {
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start + stars),
        level: 'error',
        rule: 'markdown',
        message: '“**”没有起到加粗作用，网站和印刷版上会原样显示星号：加粗的文字以引号、括号等标点开头或结尾、外面又紧挨着汉字时，星号不起作用',
        fix: '把引号、书名号、括号移到星号外面，例如把 **“三个到位”**要落实 改为 “**三个到位**”要落实',
      });
    }
    // `____、____` (blanks to fill in) is no bold gone wrong: the marks must hold a word.
    const underscores = /__([^_\n]*[\p{L}\p{N}][^_\n]*)__/u.exec(raw);
    if (underscores && parent?.type !== 'link') {
      problems.push({
        ...at(start + underscores.index),
        message: `“__”没有起到加粗作用，网站和印刷版上会原样显示“${underscores[0]}”：紧挨着汉字的两条下划线不算加粗`,
        fix: `加粗请用两个英文星号：把 ${underscores[0]} 改为 **${underscores[1]}**`,
      });
    }
    for (const lenticular of raw.matchAll(/【([^【】\n]*)】[（(]([^\s)）]*)[)）]?/g)) {
      if (!/^(?:\.{0,2}\/|https?:|mailto:|#)/.test(lenticular[2])) continue;
      problems.push({
        ...at(start + lenticular.index),
        message: `链接“${lenticular[0]}”用了中文方括号“【】”，不会成为链接：网站和印刷版上会原样显示这串符号`,
        fix: `链接的文字要用英文方括号括起来：改为 [${lenticular[1]}](${lenticular[2]})`,
      });
    }
    // `#话题#` at the start of a paragraph is a topic tag, as on Weibo, not a heading gone wrong.
    const heading = /^#{1,6}(?=[^\s#])/.exec(raw);
    if (heading && !/^#[^#\s]+#/.test(raw) && parent?.type === 'paragraph' && parent.children[0] === node && start === parent.position?.start.offset) {
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start),
        level: 'warning',
        rule: 'markdown',
        message: `“${heading[0]}”后面缺少空格，这一行不会成为小标题，“${heading[0]}”会原样显示`,
        // One # would be a second main title (see check-second-title.ts): a sub-heading takes two.
        fix: `在“#”后面加一个英文空格，这一行改为：${'#'.repeat(Math.max(2, heading[0].length))} ${raw.slice(heading[0].length).split('\n')[0]}`,
      });
    }
  });
  return problems;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|gif)(?:[?#].*)?$/i;

/**
 * `](` or `]（` left in text: the brackets of an image or link that did not take. A real link never leaves them
 * in text, so each one is a mistake; `]（` counts only before something that looks like an address.
 */
function brokenBrackets(raw: string): { index: number; message: string; fix: string }[] {
  const found: { index: number; message: string; fix: string }[] = [];
  for (const match of raw.matchAll(/([!！]?)\[([^\[\]\n]*)\]([（(])([^\n]*)/g)) {
    const [whole, bang, , open, rest] = match;
    const target = /^\s*<?([^\s)）"“]*)/.exec(rest)![1];
    if (open === '（' && !/^(?:\.{0,2}\/|https?:|#|mailto:)|\.(?:jpe?g|png|webp|gif|mdx?|pdf)$/i.test(target)) continue;
    const image = bang !== '' || IMAGE_FILE.test(target);
    // A caption in quotes may hold its own brackets (“图为……（示例）”): look past it, same length kept.
    const masked = whole.replace(/"[^"]*"|“[^”]*”/g, (quoted) => '_'.repeat(quoted.length));
    const after = whole.indexOf(']') + 1;
    const closed = /^[^)）]*[)）]/.exec(masked.slice(after));
    const snippet = closed ? whole.slice(0, after + closed[0].length) : whole;
    const shown = snippet.length > 40 ? `${snippet.slice(0, 40)}…` : snippet;
    const what = image ? '图片' : '链接';
    const message = `${what}“${shown}”没有起作用：网站和印刷版上会原样显示这串符号${image ? '，图片不会显示' : '，不会成为链接'}`;
    let fix: string;
    if (open === '（' || /^[^)]*）/.test(masked.slice(after + 1))) {
      fix = '方括号后面的圆括号要用英文括号“(”“)”，不能用中文括号“（”“）”：请切换到英文输入法重新输入这两个括号';
    } else if (/^\s*<?[^\s)"]+ +[^\s)"]/.test(rest.replace(/\s+"[^"]*"\s*\).*$/, ')'))) {
      fix = image
        ? '图片的文件名里有空格：请把图片文件改名（用拼音或英文，空格换成连字符 -，例如 my-photo.jpg），再把这里的路径改成新文件名'
        : '链接的地址里不能有空格：请删掉空格，或把空格写成 %20';
    } else if (bang === '！') {
      fix = '图片开头的感叹号要用英文“!”：请切换到英文输入法重新输入';
    } else {
      fix = `请检查括号是否成对，写法为 ${image ? '![说明文字](./images/文件名.jpg "图为……")' : '[文字](/news/文件名/)'}`;
    }
    found.push({ index: match.index, message, fix });
  }
  return found;
}

/** Lines that all start and end with `|` but have no `| --- |` line: a table without the line that makes it one. */
function tableWithoutRule(raw: string): { message: string; fix: string } | undefined {
  const lines = raw.split(/\r?\n/).map((line) => line.trim());
  if (lines.length < 2 || !lines.every((line) => line.length > 1 && line.startsWith('|') && line.endsWith('|'))) return undefined;
  const columns = lines[0].slice(1, -1).split('|').length;
  return {
    message: '这几行像表格，但缺少第二行的分隔行，不会成为表格：网站和印刷版上会原样显示竖线“|”，挤成一段文字',
    fix: `在第一行（表头）下面加一行 ${'| --- '.repeat(columns)}|`,
  };
}
