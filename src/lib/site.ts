import { parse } from 'yaml';
import { siteSchema, type Site } from '../schemas/index.ts';
import { describeIssues } from './zod-message.ts';
// Bundled at build time, so the page code needs no file-system path at run time.
import siteYaml from '../../content/site.yaml?raw';

const FILE = 'content/site.yaml';

export function parseSite(source: string, file = FILE): Site {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new Error(`文件 ${file} 不是有效的 YAML：${(error as Error).message}`);
  }
  const result = siteSchema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error));
  return result.data;
}

export const site: Site = parseSite(siteYaml);
