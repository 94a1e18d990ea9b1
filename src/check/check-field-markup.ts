import type { Corpus } from './corpus.ts';
import { FIELD_LABEL } from './field-names.ts';
import type { Problem } from './problem.ts';

/** Markdown or HTML that only works in the body: bold stars, a link, a line break tag. */
const BODY_MARKUP: [RegExp, string][] = [
  [/\*\*|__(?=[^_\n]*[\p{L}\p{N}][^_\n]*__)/u, '加粗的符号'],
  [/\[[^\]\n]*\]\([^)\n]*\)/, '链接写法“[文字](网址)”'],
  [/<\/?[A-Za-z][^>]*>/, 'HTML 标签'],
];

/**
 * The fields of news, pages and stories (title, summary, questions…) are plain text: the website and the print show
 * them as typed, so `title: "县禁毒协会召开**年度**会议"` shows its stars in the title, the news list and the
 * contents page.
 */
export function checkFieldMarkup(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    const data = entry.frontmatter?.yaml.data;
    if (!data || typeof data !== 'object') return [];
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
      const values = Array.isArray(value) ? value.map((v, i) => [v, [key, i]] as const) : [[value, [key]] as const];
      return values.flatMap(([text, path]): Problem[] => {
        if (typeof text !== 'string') return [];
        const found = BODY_MARKUP.find(([pattern]) => pattern.test(text));
        if (!found) return [];
        const [pattern, what] = found;
        const written = pattern.exec(text)![0];
        const plain = text.replace(/\*\*|__/g, '').replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1').replace(/<\/?[A-Za-z][^>]*>/g, '');
        const label = FIELD_LABEL[key] ? `（${FIELD_LABEL[key]}）` : '';
        const item = path.length > 1 ? `第 ${(path[1] as number) + 1} 项` : '';
        return [
          {
            file: entry.file,
            ...entry.where.value(path),
            level: 'error',
            rule: 'field-markup',
            message: `“${key}”${label}${item}里有${what}“${written}”：字段里的文字不排版，网页和印刷版上会原样显示这些符号`,
            fix: `字段里只写文字，请删掉这些符号：${path.length > 1 ? '- ' : `${key}: `}${plain}`,
          },
        ];
      });
    });
  });
}
