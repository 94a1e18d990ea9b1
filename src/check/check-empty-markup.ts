import type { Heading, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentEntry, Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * Markup with nothing in it: a heading line with only `##` (the website gets an empty heading that screen readers
 * announce, the print an empty gap), and a link with no words `[](/about/gaikuang/)`, which nobody can see or tap
 * on the website and which the print leaves out.
 */
export function checkEmptyMarkup(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: Problem[] = [];
    const at = (node: Heading | Link) => ({ file: entry.file, ...entry.lines.locate(node.position?.start.offset ?? 0), level: 'error' as const, rule: 'markdown' });
    visit(entry.tree, 'heading', (node: Heading) => {
      if (toString(node).trim() || node.children.some((child) => child.type === 'image')) return;
      problems.push({
        ...at(node),
        message: `这一行只有“${'#'.repeat(node.depth)}”，是一个空的小标题：网页上会多出一个看不见的标题（读屏软件会念“标题”），印刷版上空出一块`,
        fix: `在“${'#'.repeat(node.depth)}”后面空一格写上小标题，或者删掉这一行`,
      });
    });
    visit(entry.tree, 'link', (node: Link) => {
      if (toString(node).trim() || node.children.some((child) => child.type === 'image') || isAutolink(entry, node)) return;
      problems.push({
        ...at(node),
        message: `链接“[](${node.url})”的方括号里没有文字：网页上看不见、点不到这个链接，印刷版上也没有`,
        fix: `在方括号里写上链接的文字，例如 [协会概况](${node.url})`,
      });
    });
    return problems;
  });
}

function isAutolink(entry: ContentEntry, node: Link): boolean {
  return entry.source[node.position?.start.offset ?? 0] !== '[';
}
