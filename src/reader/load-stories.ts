import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { storySchema } from '../schemas/story.ts';
import { describeIssues, parseYamlSource } from './yaml-source.ts';
import type { z } from 'zod';

export type StoryData = z.infer<ReturnType<typeof storySchema>>;

/** One story file as the reader uses it: validated frontmatter and the raw MDX source. */
export interface StoryEntry {
  /** The file name without extension; also the story's URL segment. */
  id: string;
  /** Absolute path of the MDX file. */
  file: string;
  data: StoryData;
  /** The whole file, frontmatter included (the engine's parseStory takes it whole). */
  source: string;
}

// A UTF-8 byte order mark (Notepad's “UTF-8 with BOM”) may come first; the engine's parser skips it too.
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseStoryFile(source: string, file: string): StoryEntry {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file} 第 1 行：缺少以 --- 开头和结尾的文件头（frontmatter）。`);
  const yaml = parseYamlSource(match[1], file, 1);
  const result = storySchema().safeParse(yaml.doc.toJS());
  if (!result.success) throw new Error(describeIssues(yaml, result.error, '故事文件头'));
  return { id: path.basename(file).replace(/\.mdx?$/, ''), file, data: result.data, source };
}

/**
 * Every story in content/stories, sorted by id so the result never depends on directory order. Files starting
 * with `_` are drafts (编辑指南: they are not published), as Astro's glob loader leaves them off the site.
 */
export async function loadStories(projectRoot: string): Promise<StoryEntry[]> {
  const dir = path.join(projectRoot, 'content', 'stories');
  const names = (await readdir(dir)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return parseStoryFile(await readFile(file, 'utf8'), file);
    }),
  );
}
