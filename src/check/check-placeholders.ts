import { PLACEHOLDERS } from '../scaffold/templates.ts';
import type { ContentEntry, Corpus } from './corpus.ts';
import { FIELD_LABEL } from './field-names.ts';
import type { Problem } from './problem.ts';

/**
 * The prompts `npm run new` writes into a new file (“请用一两句话概括这篇新闻。”…), still there. A story has no
 * draft switch, so a new story is printed in every edition whose audience it names as soon as it exists; a
 * news item is published once its draft is set to false. Either way the prompt would appear as content.
 * Files still marked `draft: true` are not published and not reported.
 */
export function checkPlaceholders(corpus: Corpus): Problem[] {
  return corpus.entries.filter((entry) => !isDraft(entry)).flatMap((entry) =>
    Object.values(PLACEHOLDERS).flatMap((prompt): Problem[] => {
      const offset = entry.source.indexOf(prompt);
      if (offset === -1) return [];
      const at = entry.lines.locate(offset);
      const lineText = entry.source.slice(offset - at.column + 1, offset);
      const field = /^\s*([A-Za-z]\w*):\s*$/.exec(lineText)?.[1];
      return [
        {
          file: entry.file,
          ...at,
          level: 'error',
          rule: 'placeholder',
          message: `${field ? `“${field}”${FIELD_LABEL[field] ? `（${FIELD_LABEL[field]}）` : ''}` : '正文'}还是新建文件时的提示文字“${prompt}”，没有改写`,
          fix: `请把这句提示换成${entry.collection === 'stories' ? '这个故事' : '这篇文章'}自己的${field ? FIELD_LABEL[field] ?? '内容' : '正文'}；不换掉就会原样发布${entry.collection === 'stories' ? '（故事没有草稿开关，会直接印进读本）' : ''}`,
        },
      ];
    }),
  );
}

function isDraft(entry: ContentEntry): boolean {
  return (entry.frontmatter?.yaml.data as { draft?: unknown } | undefined)?.draft === true;
}
