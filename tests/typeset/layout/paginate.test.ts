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

  it('never leaves a figure that ends the text alone on the last page: the last lines come along, no widow made', () => {
    const units = [...Array.from({ length: 6 }, (_, i) => line(i)), line(6, true), line(7), figure(8, 4, 4)];
    const pages = paginate(units, 10);
    expect(pages.map(ids)).toEqual([['u0', 'u1', 'u2', 'u3', 'u4', 'u5'], ['u6', 'u7', 'u8']]);
    expect(pages[1].map((p) => p.slot)).toEqual([0, 1, 2]);
  });

  it('places every unit once, keeps text in order, never moves a figure before its text or out of its box, never overfills a page', () => {
    const lineArb = fc.record({ kind: fc.constant('line' as const), keep: fc.boolean() });
    const figureArb = fc.record({ kind: fc.constant('figure' as const), slots: fc.integer({ min: 2, max: 12 }), shrink: fc.integer({ min: 0, max: 4 }) });
    const unitArb = fc.oneof(
      { weight: 6, arbitrary: lineArb },
      { weight: 1, arbitrary: figureArb },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('space' as const) }) },
      // A callout box: an opening unit glued to what follows, its lines and figures, its closing padding (space).
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('box' as const), inner: fc.array(fc.oneof({ weight: 4, arbitrary: lineArb }, { weight: 1, arbitrary: figureArb }), { minLength: 1, maxLength: 12 }) }) },
    );
    type Spec = { kind: 'line'; keep: boolean } | { kind: 'figure'; slots: number; shrink: number } | { kind: 'space' };
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 60 }), fc.integer({ min: 12, max: 24 }), (specs, lines) => {
        const units: FlowUnit[] = [];
        const make = (s: Spec): FlowUnit => {
          const i = units.length;
          if (s.kind === 'line') return line(i, s.keep);
          if (s.kind === 'figure') return figure(i, s.slots, Math.max(1, s.slots - s.shrink));
          return { slots: 1, items: [], keepWithNext: false, space: true };
        };
        /** Frame id → index of the box's last unit. */
        const boxEnd = new Map<number, number>();
        for (const s of specs) {
          if (s.kind !== 'box') {
            units.push(make(s));
            continue;
          }
          const frame = { id: boxEnd.size + 1, left: 0, width: 10 };
          units.push({ ...line(units.length, true), bodyLine: false, frame });
          for (const inner of s.inner) units.push({ ...make(inner), frame });
          units.push({ ...make({ kind: 'space' }), frame });
          boxEnd.set(frame.id, units.length - 1);
        }
        const pages = paginate(units, lines);
        const placed = pages.flatMap((page, p) => page.filter((u) => !u.unit.space).map((u) => ({ id: Number(u.unit.anchor!.title.slice(1)), p, u })));
        const expected = units.map((u, i) => (u.space ? -1 : i)).filter((i) => i >= 0);
        expect(placed.map((x) => x.id).sort((a, b) => a - b)).toEqual(expected);
        const text = placed.filter((x) => !units[x.id].figure).map((x) => x.id);
        expect(text).toEqual([...text].sort((a, b) => a - b));
        const figures = placed.filter((x) => units[x.id].figure).map((x) => x.id);
        expect(figures).toEqual([...figures].sort((a, b) => a - b));
        const pageOf = new Map(placed.map((x) => [x.id, x.p]));
        const at = (x: (typeof placed)[number]) => x.p * 1000 + x.u.slot;
        for (const x of placed) {
          if (!units[x.id].figure) continue;
          const before = expected.filter((i) => i < x.id && !units[i].figure).at(-1);
          if (before !== undefined) expect(x.p).toBeGreaterThanOrEqual(pageOf.get(before)!);
          expect(x.u.unit.slots - 1).toBeGreaterThanOrEqual(units[x.id].figure!.minSlots);
          const frame = units[x.id].frame;
          if (!frame) continue;
          // A box's figure stays in its box: the text after the box comes after it.
          for (const y of placed) if (y.id > boxEnd.get(frame.id)! && !units[y.id].figure) expect(at(y)).toBeGreaterThan(at(x));
        }
        for (const page of pages) {
          const last = page.at(-1)!;
          expect(last.slot + last.unit.slots - (last.unit.airAfter ?? 0)).toBeLessThanOrEqual(lines);
          page.forEach((u, k) => k > 0 && expect(u.slot).toBe(page[k - 1].slot + page[k - 1].unit.slots));
          // Space never opens a page, and a box's padding never stands outside its box.
          expect(page[0].unit.space).toBeFalsy();
          page.forEach((u, k) => u.unit.space && u.unit.frame && expect(page[k - 1].unit.frame?.id).toBe(u.unit.frame.id));
          // Each box is one run of units on a page (one frame drawn around it).
          const ids = page.map((u) => u.unit.frame?.id ?? 0);
          for (const id of new Set(ids.filter((f) => f > 0))) expect(ids.lastIndexOf(id) - ids.indexOf(id) + 1).toBe(ids.filter((f) => f === id).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
