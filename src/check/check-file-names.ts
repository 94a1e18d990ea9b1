import path from 'node:path';
import { slugFromTitle } from '../scaffold/slug.ts';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/** What 编辑指南 allows in a news, page, story or edition file name: lower-case letters, digits and hyphens. */
const ALLOWED_NAME = /^[a-z0-9-]+$/;

/**
 * A file name is the web address, and for a story the address its QR code prints. Chinese characters become a
 * long %E5%9B%BD… code in the address and the QR code; upper-case letters and other characters are changed by
 * the site (国际 Jinduri → /news/国际-jinduri/, 2025.6.26 → /news/2025626/) while the printed editions keep the
 * name as written, so the QR code of a story named `Shanpo.mdx` points to a page that does not exist.
 */
export function checkFileNames(corpus: Corpus): Problem[] {
  const files = [
    ...corpus.entries.map((e) => ({ file: e.file, absolutePath: e.absolutePath, collection: e.collection })),
    ...corpus.data.filter((d) => d.collection === 'editions').map((d) => ({ file: d.file, absolutePath: d.absolutePath, collection: d.collection })),
  ];
  return files.flatMap(({ file, absolutePath, collection }): Problem[] => {
    const name = path.basename(absolutePath);
    const extension = /\.[a-z]+$/.exec(name)![0];
    const stem = name.slice(0, -extension.length);
    if (ALLOWED_NAME.test(stem)) return [];
    const suggested = `${slugFromTitle(stem)}${extension}`;
    const followUp =
      collection === 'stories'
        ? '；改名后，读本版本（content/editions/）里列出的这个故事的编号和指向它的链接也要跟着改，检查会指出'
        : collection === 'editions'
          ? '；改名后，指向这个版本的链接（/reader/…/、/downloads/….pdf）也要跟着改，检查会指出'
          : '；改名后，指向它的站内链接也要跟着改，检查会指出';
    return [
      {
        file,
        line: 1,
        column: 1,
        level: 'error',
        rule: 'file-name',
        message: `文件名“${name}”${whatIsWrong(stem)}：文件名就是网址，${consequence(stem, collection)}`,
        fix: `请把文件改名为“${suggested}”（只用小写拼音字母、数字和连字符 -）${followUp}`,
      },
    ];
  });
}

function whatIsWrong(stem: string): string {
  const found: string[] = [];
  if (/[^\x00-\x7f]/.test(stem)) found.push(/[\u3400-\u9fff]/.test(stem) ? '汉字' : '中文符号');
  if (/\s/.test(stem)) found.push('空格');
  if (/[A-Z]/.test(stem)) found.push('大写字母');
  if (/[^\sA-Za-z0-9\-\u0080-\uffff]/.test(stem)) found.push(`符号“${[...new Set(stem.match(/[^\sA-Za-z0-9\-\u0080-\uffff]/g))].join('')}”`);
  return `里有${found.join('、')}`;
}

function consequence(stem: string, collection: string): string {
  const qr = collection === 'stories' ? '印刷版读本的二维码' : '';
  if (/[^\x00-\x7f]/.test(stem)) {
    return `汉字和中文符号在网址${qr ? `和${qr}` : ''}里会变成一长串 %E5%9B%BD… 这样的编码，无法念给别人听，也容易复制错`;
  }
  const changed = '网站会改掉网址里的这些字符（大写改成小写，空格改成 -，其他符号去掉）';
  if (qr) return `${changed}，${qr}却照文件名印，扫码会打开一个不存在的页面`;
  return `${changed}，网址和文件名对不上，照文件名写的链接会打不开`;
}
