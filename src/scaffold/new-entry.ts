import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatBeijing } from '../schemas/dates.ts';
import { slugFromTitle, uniqueSlug } from './slug.ts';
import { newsTemplate, storyTemplate } from './templates.ts';

export const KINDS = {
  news: { folder: 'news', extension: '.md', template: (title: string, now: Date) => newsTemplate(title, formatBeijing(now)) },
  story: { folder: 'stories', extension: '.mdx', template: (title: string, now: Date) => storyTemplate(title, formatBeijing(now, false)) },
} as const;
export type EntryKind = keyof typeof KINDS;

/**
 * Creates a new news article or story from its template. The slug is the title's pinyin, made unique
 * with -2, -3… against both .md and .mdx files; an existing file is never overwritten.
 */
export async function createEntry(
  contentDir: string,
  kind: EntryKind,
  title: string,
  options: { now?: Date; slug?: string } = {},
): Promise<string> {
  const { folder, extension, template } = KINDS[kind];
  const dir = path.join(contentDir, folder);
  const taken = (slug: string) => ['.md', '.mdx'].some((ext) => existsSync(path.join(dir, `${slug}${ext}`)));
  let slug: string;
  if (options.slug) {
    if (taken(options.slug)) throw new Error(`文件 ${folder}/${options.slug}${extension} 已经存在，不会覆盖。请换一个名字。`);
    slug = options.slug;
  } else {
    slug = uniqueSlug(slugFromTitle(title), taken);
  }
  const file = path.join(dir, `${slug}${extension}`);
  await mkdir(dir, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite an editor's text.
  await writeFile(file, template(title, options.now ?? new Date()), { flag: 'wx' });
  return file;
}
