import fc from 'fast-check';

/**
 * Property tests (fast-check) draw their cases from one seed. By default it is fixed, so every run, CI's
 * included, tries the same cases and a rare one cannot turn up first in CI. To explore other cases locally:
 *   PROPERTY_SEED=random npx vitest run tests/typeset/layout   (a new seed each run)
 *   PROPERTY_SEED=-1549903360 npx vitest run …                (replay the seed a failure printed)
 * fast-check prints the seed (`{ seed: …, path: … }`) in every failure's message.
 * Loaded before each test file (vitest.config.ts, setupFiles).
 */
export const DEFAULT_PROPERTY_SEED = 20261129;

export function propertySeed(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_PROPERTY_SEED;
  if (setting === 'random') return (Math.random() * 2 ** 32) | 0;
  if (/^-?\d+$/.test(setting)) return Number(setting) | 0;
  throw new Error(`PROPERTY_SEED=${setting}: expected "random" or an integer (the seed a failed property printed)`);
}

fc.configureGlobal({ seed: propertySeed(process.env.PROPERTY_SEED) });
