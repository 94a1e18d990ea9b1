import type { RootContent } from 'mdast';

/** An HTML comment in .md or a JS comment in braces in .mdx: written for editors, never shown on the website or in print. */
export function isComment(node: RootContent): boolean {
  if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim());
  if ((node.type as string) === 'mdxFlowExpression') return /^\/\*[\s\S]*\*\/$/.test((node as unknown as { value: string }).value.trim());
  return false;
}
