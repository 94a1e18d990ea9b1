import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { editionSchema, type Edition } from '../schemas/edition.ts';
import { describeIssues, parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface EditionEntry {
  /** The file name without extension: quanxian.yaml → quanxian. */
  id: string;
  /** Absolute path of the YAML file. */
  file: string;
  edition: Edition;
  yaml: YamlSource;
}

export function parseEditionFile(text: string, file: string): EditionEntry {
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || id === 'stories') {
    throw new Error(`${file}：版本文件名“${id}”不能用作网址。请只用小写字母、数字和连字符（例如 cunmin.yaml），且不能叫 stories。`);
  }
  const yaml = parseYamlSource(text, file);
  const result = editionSchema.safeParse(yaml.doc.toJS());
  if (!result.success) throw new Error(describeIssues(yaml, result.error, '读本版本设置'));
  return { id, file, edition: result.data, yaml };
}

export async function loadEditions(projectRoot: string): Promise<EditionEntry[]> {
  const dir = path.join(projectRoot, 'content', 'editions');
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return parseEditionFile(await readFile(file, 'utf8'), file);
    }),
  );
}
