// Lighthouse (mobile profile, its default) in Debian's Chromium, started by chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { cpuSlowdownFor } from './cpu-slowdown.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

export interface LighthouseRun {
  scores: Scores;
  /** Audits that lost points, e.g. "largest-contentful-paint (0.93)", for the report. */
  failing: string[];
  /** The host's benchmark index just before the run, and the CPU slowdown used for it (cpu-slowdown.ts). */
  benchmarkIndex?: number;
  cpuSlowdown?: number;
}

export interface LighthouseBrowser {
  audit(url: string): Promise<LighthouseRun>;
  close(): Promise<void>;
}

/**
 * Lighthouse's performance score moves by a few points from run to run on a busy machine; its authors
 * advise the median of several runs. Each category's median, with the failing audits of the median
 * performance run.
 */
export async function auditMedian(browser: LighthouseBrowser, url: string, runs: number): Promise<LighthouseRun> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await browser.audit(url));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))])) as Scores;
  const representative = results.find((r) => r.scores.performance === scores.performance) ?? results[0]!;
  return { ...representative, scores };
}

/** `benchmark` measures the host's benchmark index, before each run (the load on the host changes). */
export async function startLighthouse(chromePath: string, benchmark: () => Promise<number>): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  return {
    async audit(url) {
      const benchmarkIndex = await benchmark();
      const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        locale: 'zh',
        throttling: { cpuSlowdownMultiplier: cpuSlowdown },
      });
      if (!result) throw new Error(`Lighthouse 没有返回结果：${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse 无法检测 ${url}：${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as Scores;
      const failing = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${id}/${audit!.id} (${audit!.score})`),
      );
      return { scores, failing, benchmarkIndex, cpuSlowdown };
    },
    async close() {
      chrome.kill();
    },
  };
}
