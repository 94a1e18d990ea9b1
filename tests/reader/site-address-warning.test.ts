// A release build must not print QR codes to the placeholder site without saying so.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { produceEditions } from '../../src/build/editions.ts';

const root = path.resolve(import.meta.dirname, '../..');
const saved = { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH };

afterEach(() => {
  vi.restoreAllMocks();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** The editions stage into a scratch folder: what it warned, and the links poppler finds in one edition. */
async function buildEditions(): Promise<{ warnings: string[]; links: string[] }> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const dir = await mkdtemp(path.join(os.tmpdir(), 'editions-site-'));
  try {
    await produceEditions(root, path.join(dir, 'downloads'), path.join(dir, 'qr'));
    const out = execFileSync('pdfinfo', ['-url', path.join(dir, 'downloads', 'cunmin.pdf')], { encoding: 'utf8' });
    return { warnings: warn.mock.calls.map((c) => String(c[0])), links: [...out.matchAll(/Annotation\s+(\S+)/g)].map((m) => m[1]) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('SITE_URL and the printed QR codes', () => {
  test('unset: the build says in Chinese that every QR points at the placeholder, and what to set', async () => {
    delete process.env.SITE_URL;
    delete process.env.BASE_PATH;
    const { warnings, links } = await buildEditions();
    expect(links.every((l) => l.startsWith('https://jdxh.example.cn/'))).toBe(true);
    const warning = warnings.find((w) => w.includes('SITE_URL'));
    expect(warning).toMatch(/没有设置 SITE_URL.*二维码.*https:\/\/jdxh\.example\.cn/);
    expect(warning).toMatch(/把 SITE_URL 设为网站的正式地址/);
  });

  test('set: no warning, and the links go to the configured site and folder', async () => {
    process.env.SITE_URL = 'https://jindu.example.org';
    process.env.BASE_PATH = '/dushu/';
    const { warnings, links } = await buildEditions();
    expect(warnings.filter((w) => w.includes('SITE_URL'))).toEqual([]);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^https:\/\/jindu\.example\.org\/dushu\/reader\/stories\/[a-z-]+\/$/);
  });
});
