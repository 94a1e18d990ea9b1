import { globSync } from 'node:fs';
import path from 'node:path';
import { didYouMean } from './edit-distance.ts';

/** An existing image the editor most likely meant, as it should be written, and what was wrong. */
export interface ImagePathHint {
  path: string;
  why: string;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|gif|bmp|tiff?|heic)$/i;

/** A path written on a Windows computer: `C:\Users\…\photo.jpg`, `D:/照片/photo.jpg`, `file:///C:/…`. */
export function isComputerPath(url: string): boolean {
  return /^(?:file:\/\/\/?)?[a-z]:[\\/]/i.test(url.trim());
}

/** Every image file under content/, project-independent of the entry asking (listed once per check run). */
export function listContentImages(contentDir: string): string[] {
  return globSync('**/*', { cwd: contentDir, withFileTypes: true })
    .filter((entry) => entry.isFile() && IMAGE_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * When `written` (relative to `fromFile`) names no file: the image meant, if one matches once the usual slips
 * are undone — letters in the wrong case (Windows does not care, the server does), `\` for `/` (Windows),
 * a full-width ．／ or a space typed with a Chinese input method, a missing or extra `./`, a path on the
 * editor's own computer, a wrong extension or a small typo in the file name.
 */
export function suggestImagePath(written: string, fromFile: string, images: readonly string[]): ImagePathHint | undefined {
  const fromDir = path.dirname(fromFile);
  const candidates = images.map((abs) => ({ abs, rel: asWritten(path.relative(fromDir, abs)) }));
  const key = (p: string) => loose(p).toLowerCase();
  const wanted = isComputerPath(written) ? undefined : key(written);
  const exact = wanted === undefined ? [] : candidates.filter((c) => key(c.rel) === wanted);
  if (exact.length === 1) return { path: exact[0].rel, why: slipsIn(written, exact[0].rel) };

  // By file name alone: near the entry first (its own images folder), then anywhere under content/.
  const name = key(path.posix.basename(loose(written)));
  const near = candidates.filter((c) => path.dirname(c.abs) === path.join(fromDir, 'images') || path.dirname(c.abs) === fromDir);
  for (const pool of [near, candidates]) {
    const sameName = pool.filter((c) => key(path.basename(c.abs)) === name);
    if (sameName.length === 1) return { path: sameName[0].rel, why: slipsIn(written, sameName[0].rel) };
    if (sameName.length > 1) return undefined;
  }
  const stem = name.replace(/\.[^.]*$/, '');
  const sameStem = near.filter((c) => key(path.basename(c.abs)).replace(/\.[^.]*$/, '') === stem);
  if (sameStem.length === 1) return { path: sameStem[0].rel, why: '扩展名不对' };
  const typo = didYouMean(name, near.map((c) => key(path.basename(c.abs))));
  const byTypo = near.filter((c) => key(path.basename(c.abs)) === typo);
  if (byTypo.length === 1) return { path: byTypo[0].rel, why: '文件名拼错了' };
  return undefined;
}

/** `images/x.jpg` → `./images/x.jpg`, with forward slashes. */
function asWritten(relative: string): string {
  const slashed = relative.split(path.sep).join('/');
  return slashed.startsWith('../') ? slashed : `./${slashed}`;
}

/** The path with the slips undone: `/` for `\`, half-width for full-width, no spaces, no leading `./` or `/`. */
function loose(written: string): string {
  return written
    .trim()
    .replace(/^file:\/\/\/?/i, '')
    .replace(/[\\／]/g, '/')
    .replace(/[．。]/g, '.')
    .replace(/[\s\u3000]/g, '')
    .replace(/^(?:\.\/|\/)+/, '');
}

/** What differs between what was written and the right path, in the editor's words. */
function slipsIn(written: string, right: string): string {
  const slips: string[] = [];
  if (written.includes('\\')) slips.push('路径要用“/”分隔，不能用 Windows 的“\\”');
  if (/[．。／]/.test(written)) slips.push('路径里有中文输入法打出的全角“．”或“／”');
  if (/[\s\u3000]/.test(written.trim()) && !/[\s\u3000]/.test(right)) slips.push('路径里有多余的空格');
  if (written.trim().startsWith('/')) slips.push('路径不能以“/”开头');
  const tail = (p: string) => path.posix.basename(loose(p));
  if (tail(written) !== tail(right) && tail(written).toLowerCase() === tail(right).toLowerCase()) {
    slips.push('文件名的大小写不一致：Windows 电脑上不区分大小写，网站服务器上区分，会找不到图片');
  }
  return slips.join('；') || '路径从本文件所在的文件夹算起';
}
