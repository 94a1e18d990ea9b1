import { parseFrontmatter } from 'astro/markdown';

/**
 * What Astro makes of a YAML text: its front-matter reader and its .yaml data loader both use js-yaml, whose
 * reading differs from the check's (`title: 0b101` is the number 5 there, `title: 2025-06-26` a Date).
 * Undefined when Astro cannot read the text at all.
 */
export function readAsAstroDoes(yaml: string): unknown {
  try {
    return parseFrontmatter(`---\n${yaml}\n---\n`).frontmatter;
  } catch {
    return undefined;
  }
}
