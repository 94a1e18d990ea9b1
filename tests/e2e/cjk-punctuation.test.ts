// Chinese quotes, ellipsis and dash (“” ‘’ …… ——) share their code points with Latin text, so the Latin
// system-ui font (DejaVu Sans on Debian, Roboto on Android, SF on iPhone) drew them low and narrow beside
// the Chinese. src/styles/global.css maps just these code points to the system's Chinese font with a
// local() @font-face (nothing is downloaded). Chromium tells which font drew each mark
// (CDP CSS.getPlatformFontsForNode); fonts-noto-cjk is installed on the test machine.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { recordedPage, useSession } from './harness.ts';

const SHARED_MARKS = /[\u2014\u2018\u2019\u201C\u201D\u2026]/;
const CJK_FONT = /CJK|Han Sans|PingFang|YaHei|Hiragino|WenQuanYi/;

const session = useSession();

interface Drawn {
  text: string;
  weight: string;
  fonts: string[];
}

/**
 * Wraps every shared mark (and, for comparison, every run of ASCII digits) of `scope` in its own span,
 * where it stands, and returns the platform fonts Chromium drew each one with.
 */
async function fontsOf(page: Page, scope: string, pattern: RegExp): Promise<Drawn[]> {
  const count = await page.evaluate(
    ({ scope, source }) => {
      const find = new RegExp(source);
      const walker = document.createTreeWalker(document.querySelector(scope)!, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (find.test(node.nodeValue!)) texts.push(node as Text);
      let marked = 0;
      for (const found of texts) {
        let text: Text | null = found;
        while (text) {
          const match = find.exec(text.nodeValue!);
          if (!match) break;
          const hit = text.splitText(match.index);
          const rest = hit.splitText(match[0].length);
          const span = document.createElement('span');
          span.dataset.drawn = String(marked++);
          hit.replaceWith(span);
          span.append(hit);
          text = rest;
        }
      }
      return marked;
    },
    { scope, source: pattern.source },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'span[data-drawn]' });
  expect(nodeIds).toHaveLength(count);
  const drawn: Drawn[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    drawn.push({
      text: outerHTML.replace(/<[^>]*>/g, ''),
      weight: computedStyle.find((p) => p.name === 'font-weight')!.value,
      fonts: fonts.map((f) => f.postScriptName || f.familyName),
    });
  }
  return drawn;
}

const ARTICLE = '/news/2025-06-26-guoji-jinduri-xuanchuan/';

test.each([
  { page: ARTICLE, marks: '“”', inBold: true },
  { page: '/news/2026-04-20-fangfan-xinxing-dupin/', marks: '“”…', inBold: false },
])('every “” ‘’ …… —— of $page is drawn with the Chinese font (in bold text too: $inBold)', async ({ page: path, marks, inBold }) => {
  const { context, page, log } = await recordedPage(session, { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
  const fontFiles: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontFiles.push(request.url());
  });
  try {
    await page.goto(session.url(path), { waitUntil: 'networkidle' });
    // local() only: no font file is asked for, from here or anywhere else.
    expect(fontFiles).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    const drawn = await fontsOf(page, 'article', SHARED_MARKS);
    for (const mark of marks) expect(drawn.map((d) => d.text)).toContain(mark);
    const latin = drawn.filter((d) => !d.fonts.every((font) => CJK_FONT.test(font)));
    expect(latin.map((d) => `${d.text}（${d.weight}）: ${d.fonts.join(', ')}`)).toEqual([]);
    // Bold text gets the bold Chinese face, not a smeared regular one.
    for (const d of drawn.filter((d) => Number(d.weight) >= 600)) expect(d.fonts.join()).toMatch(/Bold/);
    if (inBold) expect(drawn.some((d) => Number(d.weight) >= 600)).toBe(true);
  } finally {
    await context.close();
  }
});

