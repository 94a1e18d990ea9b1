import { existsSync, globSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/** Files the operating system leaves behind; never an editor's work. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);
const IMAGE = /\.(jpe?g|png|webp|gif|bmp|tiff?|heic|heif|svg|avif)$/i;
const TOP_LEVEL_FILES = new Set(['site.yaml', 'branches.yaml', 'proofread.yaml']);
const COLLECTION_LABEL: Record<string, string> = { news: '新闻', pages: '页面', stories: '故事', editions: '读本版本' };

/**
 * Files under content/ that nothing publishes: a news item saved as .txt or “.md.txt” (Windows hides the
 * extension), `.MD` in capitals, a Word file dropped in beside the Markdown, a story in a subfolder (the
 * site gives it a page but no printed edition reads it), an edition saved as .yml. Without this check they
 * vanish without a word. Images and anything in an `images` folder are fine; `_` files are drafts.
 */
export function checkFilePlaces(corpus: Corpus): Problem[] {
  const { contentDir, projectRoot } = corpus;
  if (!existsSync(contentDir)) return [];
  const problems: Problem[] = [];
  for (const rel of globSync('**/*', { cwd: contentDir }).sort()) {
    const parts = rel.split(/[\\/]/);
    const name = parts[parts.length - 1];
    if (parts.some((p) => p.startsWith('_') || p.startsWith('.')) || SYSTEM_FILES.has(name.toLowerCase())) continue;
    if (parts.includes('images') || IMAGE.test(name)) continue;
    if (!statSync(path.join(contentDir, rel)).isFile()) continue;
    const finding = misplaced(parts);
    if (finding) {
      const file = path.relative(projectRoot, path.join(contentDir, rel)).split(path.sep).join('/');
      problems.push({ file, line: 1, column: 1, level: 'error', rule: 'file-place', ...finding });
    }
  }
  return problems;
}

function misplaced(parts: string[]): { message: string; fix: string } | undefined {
  const name = parts[parts.length - 1];
  if (parts.length === 1) {
    if (TOP_LEVEL_FILES.has(name)) return undefined;
    return {
      message: `文件“${name}”直接放在 content/ 文件夹里，不会发布`,
      fix: '新闻放进 content/news/，故事放进 content/stories/，页面放进 content/pages/，读本版本放进 content/editions/；不需要的文件请移出 content/ 文件夹',
    };
  }
  const collection = parts[0];
  const label = COLLECTION_LABEL[collection];
  if (!label) {
    return {
      message: `文件夹“content/${collection}/”不是内容文件夹，里面的文件不会发布`,
      fix: '新闻放进 content/news/，故事放进 content/stories/，页面放进 content/pages/，读本版本放进 content/editions/',
    };
  }
  if (collection === 'editions') {
    if (parts.length === 2 && name.endsWith('.yaml')) return undefined;
    if (parts.length === 2 && /\.yml$/i.test(name)) {
      return { message: `读本版本文件“${name}”的扩展名是 .yml：网站只读取 .yaml 文件，这个版本不会出现在网站上`, fix: `请把文件名改为“${name.replace(/\.yml$/i, '.yaml')}”` };
    }
    return wrongKind(name, label, '.yaml');
  }
  if (/\.mdx?$/.test(name)) {
    if (collection === 'stories' && parts.length > 2) {
      return {
        message: '故事文件放在了 content/stories/ 的子文件夹里：印刷版读本只读取直接放在 content/stories/ 里的故事',
        fix: `请把它移到 content/stories/ 里（content/stories/${name}），子文件夹只用来放图片（images）`,
      };
    }
    return undefined;
  }
  return wrongKind(name, label, '.md 或 .mdx');
}

function wrongKind(name: string, label: string, wanted: string): { message: string; fix: string } {
  const hiddenTxt = /^(.*\.(?:mdx?|ya?ml))\.txt$/i.exec(name);
  if (hiddenTxt) {
    return {
      message: `文件名实际是“${name}”，最后多了 .txt（Windows 默认隐藏扩展名，看上去像“${hiddenTxt[1]}”），不会发布`,
      fix: `请在文件资源管理器的“查看”菜单里勾选“文件扩展名”，再把文件名改为“${hiddenTxt[1]}”`,
    };
  }
  if (/\.(mdx?|ya?ml)$/i.test(name)) {
    return { message: `文件“${name}”的扩展名有大写字母，不会发布`, fix: `请把文件名改为“${name.replace(/\.[^.]+$/, (ext) => ext.toLowerCase())}”` };
  }
  if (/\.(docx?|wps|rtf|pdf|txt|xlsx?|et)$/i.test(name)) {
    return {
      message: `文件“${name}”不是${label}文件（${label}要用 ${wanted} 文件），不会发布`,
      fix: '请用 npm run new 新建文件，把正文复制粘贴进去，再按编辑指南填写字段；原来的文件请移出 content/ 文件夹',
    };
  }
  return { message: `文件“${name}”不会发布：${label}要用 ${wanted} 文件`, fix: '不需要的文件请删除或移出 content/ 文件夹' };
}
