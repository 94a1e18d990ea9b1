import { z } from 'zod';
import { branchSchema, editionSchema, newsSchema, pageSchema, siteSchema, storySchema } from '../schemas/index.ts';
import type { ContentEntry, Corpus, DataFile } from './corpus.ts';
import { mdxReasonInChinese } from './mdx-reasons.ts';
import type { Problem } from './problem.ts';
import { proofreadConfigSchema } from './proofread/config.ts';
import { textsReadOtherwiseByAstro } from './read-otherwise-by-astro.ts';
import { validateAgainstSchema } from './validate.ts';
import type { LocatedYaml } from './yaml-source.ts';

const ENTRY_SCHEMA = {
  news: newsSchema(),
  pages: pageSchema,
  stories: storySchema(),
} as const;

const DATA_SCHEMA = {
  editions: editionSchema,
  branches: z.array(branchSchema),
  site: siteSchema,
  proofread: proofreadConfigSchema,
} as const;

/** Every content file against the shared schemas: YAML syntax, MDX syntax, fields, types, dates, values. */
export function checkSchemas(corpus: Corpus): Problem[] {
  return [...corpus.entries.flatMap(checkEntry), ...corpus.data.flatMap(checkDataFile)];
}

function checkEntry(entry: ContentEntry): Problem[] {
  const problems: Problem[] = [];
  if (entry.syntaxError) {
    problems.push({
      file: entry.file,
      line: entry.syntaxError.line,
      column: entry.syntaxError.column,
      level: 'error',
      rule: 'mdx-syntax',
      message: `MDX 语法错误，文件无法解析：${mdxReasonInChinese(entry.syntaxError.reason)}`,
      fix: '常见原因：组件标签没有闭合（<Callout> 要有 </Callout>，<Figure … /> 要以 /> 结尾）；正文里的 { } < 要写成 \\{ \\} &lt;',
    });
  }
  if (!entry.frontmatter) {
    const opened = /^---[ \t]*\r?$/m.exec(entry.source.split('\n', 1)[0]);
    problems.push({
      file: entry.file,
      line: 1,
      column: 1,
      level: 'error',
      rule: 'schema',
      ...(opened
        ? {
            message: '字段区没有结束：第 1 行的 --- 后面找不到结束字段区的另一行 ---',
            fix: '在最后一个字段（如 tags、draft）的下一行单独写 ---（三个英文减号），再往下写正文',
          }
        : {
            message: '文件开头缺少字段区（frontmatter）',
            fix: '文件第一行写 ---，接着写标题、日期等字段，再写一行 --- 结束；可用 npm run new 生成模板',
          }),
    });
    return problems;
  }
  const { yaml } = entry.frontmatter;
  if (yaml.errors.length) return [...problems, ...yaml.errors.map((e) => yamlProblem(entry, e.offset + entry.frontmatter!.offset, e.message))];
  return [...problems, ...checkFields(ENTRY_SCHEMA[entry.collection], yaml, entry)];
}

function checkDataFile(file: DataFile): Problem[] {
  if (file.yaml.errors.length) return file.yaml.errors.map((e) => yamlProblem(file, e.offset, e.message));
  return checkFields(DATA_SCHEMA[file.collection], file.yaml, file);
}

/** The fields against their schema, as the check reads them and as Astro's YAML reader does. */
function checkFields(schema: z.ZodType, yaml: LocatedYaml, { file, where }: ContentEntry | DataFile): Problem[] {
  const data = yaml.data ?? {};
  return [
    ...validateAgainstSchema(schema, data, file, where),
    ...textsReadOtherwiseByAstro(schema, data, yaml.readOtherwiseByAstro, file, where),
  ];
}

function yamlProblem(file: ContentEntry | DataFile, offset: number, message: string): Problem {
  return { file: file.file, ...file.lines.locate(offset), level: 'error', rule: 'yaml', message };
}
