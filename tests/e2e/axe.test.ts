// axe-core finds no WCAG 2.1 A/AA violation on any page type, at phone and desktop size, in normal
// and in elder mode (larger text and darker colours must not break anything either).
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { describe, expect, test } from 'vitest';
import { openSettled, useSession, VIEWPORTS } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const session = useSession();

function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}

// Elder mode at phone size, where larger text is most likely to break something.
const RUNS = [
  { name: 'normal', viewport: VIEWPORTS[0], elder: false },
  { name: 'normal', viewport: VIEWPORTS[1], elder: false },
  { name: 'elder mode', viewport: VIEWPORTS[0], elder: true },
];

describe.each(RUNS)('$name at $viewport.width×$viewport.height', ({ viewport, elder }) => {
  test.each(PAGE_TYPES)('$name ($path) has no WCAG 2.1 AA violations', async (type) => {
      const context = await session.browser.newContext({ viewport, locale: 'zh-CN' });
      try {
        if (elder) await context.addInitScript(() => localStorage.setItem('jdxh-elder-mode', 'on'));
        const page = await context.newPage();
        await openSettled(page, session.url(type.path));
        const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        expect(describeViolations(results.violations)).toEqual([]);
        // axe must have looked at something: a blank page passes every rule.
        expect(results.passes.length).toBeGreaterThan(10);
      } finally {
        await context.close();
      }
  });
});
