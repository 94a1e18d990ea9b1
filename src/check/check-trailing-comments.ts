import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * In the fields of a news item, page or story, “ #” starts a YAML comment: `summary: 参加 #国际禁毒日# 话题`
 * publishes “参加”, and the rest is gone without a word. Editors write # for topics and numbers, so a comment
 * after a text value is reported; `校对忽略` comments, which belong there, are not. (Edition files keep their
 * explanatory comments after values: they are set up by technical staff.)
 */
export function checkTrailingComments(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry): Problem[] => {
    const frontmatter = entry.frontmatter;
    if (!frontmatter) return [];
    return frontmatter.yaml.trailingComments
      .filter((c) => !c.comment.startsWith('校对忽略'))
      .map((c) => {
        const whole = `${c.value} #${c.comment}`.replace(/"/g, '\\"');
        return {
          file: entry.file,
          ...entry.lines.locate(frontmatter.offset + c.offset),
          level: 'error',
          rule: 'yaml-comment',
          message: `“ #”后面的文字“#${c.comment}”会被当作注释，网站和印刷版上都不显示，只剩下“${c.value}”`,
          fix: `如果这是内容，请用英文双引号把整段括起来："${whole}"；如果是给自己看的注释，请把它移到单独的一行`,
        };
      });
  });
}
