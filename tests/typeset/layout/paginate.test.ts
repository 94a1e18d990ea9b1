import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowUnit } from '../../../src/typeset/layout/flow/units.ts';
import { paginate, type PlacedUnit } from '../../../src/typeset/layout/pages/paginate.ts';

/** A unit that names itself (through its anchor) so the test can find it on the pages. */
function line(id: number, keepWithNext = false): FlowUnit {
  return { slots: 1, items: [], keepWithNext, bodyLine: true, anchor: { title: `u${id}`, depth: 9 } };
}

/** A figure of `slots` (+1 slot of air) that can be set down to `min` slots. */
function figure(id: number, slots: number, min: number): FlowUnit {
  return {
    slots: slots + 1,
    airAfter: 1,
    items: [],
    keepWithNext: false,
    anchor: { title: `u${id}`, depth: 9 },
    figure: { minSlots: min, fit: (s) => ({ slots: Math.max(min, Math.min(slots, s)) + 1, items: [], airAfter: 1 }) },
  };
}

const ids = (page: PlacedUnit[]) => page.map((p) => p.unit.anchor?.title ?? 'space');

describe('paginate: figures', () => {
  it('sets a figure smaller to finish the page when it stays at its minimum or more', () => {
    const pages = paginate([line(0), line(1), line(2), line(3), line(4), line(5), figure(6, 6, 4), line(7), line(8)], 10);
    expect(ids(pages[0])).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    expect(pages[0][6].unit.slots).toBe(5); // 4 slots + its air hanging below the page
    expect(ids(pages[1])).toEqual(['u7', 'u8']);
  });

  it('floats a figure that cannot shrink enough to the top of the next page and lets the text fill the gap', () => {
    const units = [...Array.from({ length: 8 }, (_, i) => line(i)), figure(8, 6, 4), ...Array.from({ length: 5 }, (_, i) => line(9 + i))];
    const pages = paginate(units, 10);
    expect(ids(pages[0])).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u9', 'u10']);
    expect(ids(pages[1])).toEqual(['u8', 'u11', 'u12', 'u13']);
  });

  it('keeps floated figures in their order and carries them past the end of the text', () => {
    const units = [...Array.from({ length: 8 }, (_, i) => line(i)), figure(8, 6, 5), figure(9, 2, 2), line(10)];
    const pages = paginate(units, 10);
    // The second figure would fit where the first did not, but never overtakes it.
    expect(pages.map(ids)).toEqual([['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u10'], ['u8', 'u9']]);
  });

  it('places every unit once, keeps text in order, never moves a figure before its text, never overfills a page', () => {
    const unitArb = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('line' as const), keep: fc.boolean() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('figure' as const), slots: fc.integer({ min: 2, max: 12 }), shrink: fc.integer({ min: 0, max: 4 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('space' as const) }) },
    );
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 80 }), fc.integer({ min: 12, max: 24 }), (specs, lines) => {
        const units = specs.map((s, i): FlowUnit => {
          if (s.kind === 'line') return line(i, s.keep);
          if (s.kind === 'figure') return figure(i, s.slots, Math.max(1, s.slots - s.shrink));
          return { slots: 1, items: [], keepWithNext: false, space: true };
        });
        const pages = paginate(units, lines);
        const placed = pages.flatMap((page, p) => page.filter((u) => !u.unit.space).map((u) => ({ id: Number(u.unit.anchor!.title.slice(1)), p, u })));
        const expected = units.map((u, i) => (u.space ? -1 : i)).filter((i) => i >= 0);
        expect(placed.map((x) => x.id).sort((a, b) => a - b)).toEqual(expected);
        const text = placed.filter((x) => !units[x.id].figure).map((x) => x.id);
        expect(text).toEqual([...text].sort((a, b) => a - b));
        const figures = placed.filter((x) => units[x.id].figure).map((x) => x.id);
        expect(figures).toEqual([...figures].sort((a, b) => a - b));
        const pageOf = new Map(placed.map((x) => [x.id, x.p]));
        for (const x of placed) {
          if (!units[x.id].figure) continue;
          const before = expected.filter((i) => i < x.id && !units[i].figure).at(-1);
          if (before !== undefined) expect(x.p).toBeGreaterThanOrEqual(pageOf.get(before)!);
          expect(x.u.unit.slots - 1).toBeGreaterThanOrEqual(units[x.id].figure!.minSlots);
        }
        for (const page of pages) {
          const last = page.at(-1)!;
          expect(last.slot + last.unit.slots - (last.unit.airAfter ?? 0)).toBeLessThanOrEqual(lines);
          page.forEach((u, k) => k > 0 && expect(u.slot).toBe(page[k - 1].slot + page[k - 1].unit.slots));
        }
      }),
      { numRuns: 300 },
    );
  });
});
