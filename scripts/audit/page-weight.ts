// What one page costs a reader: every request Chromium makes while loading it, with the gzip size
// of HTML, CSS and JS (level 9, the size of the .gz the build ships beside each file).
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** Every other response (images, Pagefind files, icons), as sent. */
  otherBytes: number;
  requests: number;
  /** Path of every script the page loads, to check what JS a page carries. */
  scripts: string[];
}

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const weight: PageWeight = { htmlGzip: 0, cssGzip: 0, jsGzip: 0, otherBytes: 0, requests: 0, scripts: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gzip = () => zlib.gzipSync(body, { level: 9 }).length;
        weight.requests += 1;
        switch (response.request().resourceType()) {
          case 'document':
            weight.htmlGzip += gzip();
            break;
          case 'stylesheet':
            weight.cssGzip += gzip();
            break;
          case 'script':
            weight.jsGzip += gzip();
            weight.scripts.push(new URL(response.url()).pathname);
            break;
          default:
            weight.otherBytes += body.length;
        }
      })(),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  weight.scripts.sort();
  return weight;
}
