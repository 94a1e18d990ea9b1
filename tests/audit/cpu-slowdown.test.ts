import { expect, test } from 'vitest';
import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN, SLOW_HOST_BENCHMARK_INDEX } from '../../scripts/audit/cpu-slowdown.ts';

test('a host Lighthouse finds fast enough keeps its default 4× CPU slowdown', () => {
  expect(cpuSlowdownFor(SLOW_HOST_BENCHMARK_INDEX)).toBe(DEFAULT_CPU_SLOWDOWN);
  expect(cpuSlowdownFor(1800)).toBe(4);
});

test('a slower host gets a slowdown smaller in proportion, never below 1×', () => {
  expect(cpuSlowdownFor(750)).toBe(3);
  expect(cpuSlowdownFor(500)).toBe(2);
  expect(cpuSlowdownFor(333)).toBe(1.33);
  expect(cpuSlowdownFor(100)).toBe(1);
});
