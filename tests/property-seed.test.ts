import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFAULT_PROPERTY_SEED, propertySeed } from './property-seed.ts';

test('property tests draw the same cases on every run unless PROPERTY_SEED asks for others', () => {
  if (process.env.PROPERTY_SEED === undefined) expect(fc.readConfigureGlobal().seed).toBe(DEFAULT_PROPERTY_SEED);
  expect(fc.sample(fc.integer(), 5)).toEqual(fc.sample(fc.integer(), 5));
  expect(propertySeed(undefined)).toBe(DEFAULT_PROPERTY_SEED);
  expect(propertySeed('-1549903360')).toBe(-1549903360);
  expect(propertySeed('random')).toEqual(expect.any(Number));
  expect(() => propertySeed('12abc')).toThrow(/PROPERTY_SEED=12abc/);
});
