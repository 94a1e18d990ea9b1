// Lighthouse's mobile profile simulates the page on a mid-tier phone by slowing the CPU work it measured 4×.
// That factor assumes a fast host: on a slower one (a shared CI machine) the same 4× lands far below a
// mid-tier phone, and the performance score falls with the host instead of with the page. Lighthouse's
// docs (docs/throttling.md, "Calibrating the CPU slowdown") ask to lower the factor there, from its own
// benchmark index; Lighthouse warns that a host is too slow for the default below an index of 1000.
// 4× on a host of 1000 is a phone of about 250; below 1000 the factor shrinks in proportion, so the page
// is still judged as on that phone (down to 1×: a host slower than the phone cannot be sped up).
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import type { Browser } from 'playwright-core';

export const DEFAULT_CPU_SLOWDOWN = 4;
/** Lighthouse's SLOW_CPU_BENCHMARK_INDEX_THRESHOLD (core/gather/driver/environment.js). */
export const SLOW_HOST_BENCHMARK_INDEX = 1000;

/** The CPU slowdown that brings a host of this benchmark index to Lighthouse's mobile profile (1× at the least). */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  const share = Math.min(1, benchmarkIndex / SLOW_HOST_BENCHMARK_INDEX);
  return Math.max(1, Math.round(DEFAULT_CPU_SLOWDOWN * share * 100) / 100);
}

/** Lighthouse's own benchmark index of this host, measured now in a blank page of `browser`. */
export async function measureBenchmarkIndex(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(pageFunctions.computeBenchmarkIndex);
  } finally {
    await page.close();
  }
}
