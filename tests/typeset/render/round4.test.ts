import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round4 } from '../../../src/typeset/render/round4.ts';

const same = (x: number): void => {
  expect(Object.is(round4(x), Number(x.toFixed(4))), `${x}`).toBe(true);
};

describe('round4', () => {
  it('equals Number(x.toFixed(4)) for any double, ties and signed zeros included', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }), same), { numRuns: 20000 });
    // Gaps as text runs see them: small, and often ties in decimal (x.xxxx5) or on binary noise around them.
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), fc.constantFrom(0, 0.5, 0.49999999, 0.50000001, 1e-13, -1e-13), (n, f) => same((n + f) / 10000)),
      { numRuns: 20000 },
    );
    for (const x of [0, -0, 1e-9, -1e-9, 0.00005, -0.00005, 0.00015, 1.00005, 2.5e-5, 123456.78915, 1e6, -1e6, 5e-324]) same(x);
  });
});
