/**
 * npm run bench:pdf-reference — the bench:pdf book typeset by our engine, by Typst and by Chromium's print, on the
 * same text, fonts (Noto Serif SC body, Noto Sans SC Bold headings) and page (A5, 12 pt, pitch 1.75), so our file
 * size and time can be read against the reference figures, which were measured on a book we do not have
 * (issue 4: "Typst 0.6 s (1.1 MB), Chromium's print 2.8 s (1.5 MB)").
 *
 * A PDF's size is mostly its font subsets, which grow with the number of distinct characters, so the book is
 * typeset again drawing from fewer of the most frequent characters. The first row is the bench:pdf book itself.
 * Prints figures; asserts nothing. Typst's PDF is written untagged, like ours.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium.ts';
import { typesetBook, type BookInput } from '../src/typeset/index.ts';
import { syntheticBook, syntheticMarkdown, type SyntheticStory } from './bench-typeset-book.ts';
import { printHtml, referenceFonts, typstSource } from './lib/reference-markup.ts';
import { GB2312_LEVEL_1_SIZE } from './lib/synthetic-chinese.ts';

const ALPHABET_SIZES = [GB2312_LEVEL_1_SIZE, 3000, 2500, 2000, 1500];

async function timed(make: () => Promise<Uint8Array>, file?: string): Promise<{ bytes: number; pages: number; seconds: number }> {
  const t0 = performance.now();
  const pdf = await make();
  const seconds = (performance.now() - t0) / 1000;
  if (file) writeFileSync(file, pdf);
  const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  return { bytes: pdf.length, pages, seconds };
}

type Engine = (book: BookInput, stories: SyntheticStory[]) => Promise<Uint8Array>;

const ours: Engine = async (book) => (await typesetBook(book)).pdf;

function typstEngine(): Engine {
  let compiler: NodeCompiler | undefined;
  return async (book, stories) => {
    const { body, heading } = referenceFonts(book);
    compiler ??= NodeCompiler.create({ fontArgs: [{ fontPaths: [body.file, heading.file] }] });
    return compiler.pdf({ mainFileContent: typstSource(book, stories) }, { pdfTags: false });
  };
}

function chromiumEngine(browser: Browser): Engine {
  // From a file, so the page may load the font files it names.
  const htmlFile = path.join(tmpdir(), 'bench-reference.html');
  return async (book, stories) => {
    writeFileSync(htmlFile, printHtml(book, stories));
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(htmlFile).href);
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  };
}

console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (times are only meaningful on an idle machine)`);
console.log('Each engine first typesets a smaller book of other characters untimed, so every time is warm (bench:pdf times ours cold).');
console.log('Typst: compile and export. Chromium: page load, layout and print, browser running.');
console.log(`The PDFs of the first row are written to ${path.join(tmpdir(), 'bench-reference-*.pdf')}.\n`);
const browser = await launchChromium();
try {
  const engines: Array<[string, Engine]> = [['ours', ours], ['Typst', typstEngine()], ['Chromium', chromiumEngine(browser)]];
  const rows: string[][] = [['characters drawn from', 'distinct in text', ...engines.map(([name]) => name)]];
  // Other text than any timed book: Typst memoizes its layout, and would only look the same book up again.
  const warmUp = syntheticMarkdown(10, 3400, 1000);
  for (const [, engine] of engines) await engine(syntheticBook(warmUp), warmUp);
  for (const alphabetSize of ALPHABET_SIZES) {
    const stories = syntheticMarkdown(60, 3400, alphabetSize);
    const book = syntheticBook(stories);
    const distinct = new Set(stories.flatMap((s) => [...(s.title + s.markdown)])).size;
    const row = [`${alphabetSize}`, `${distinct}`];
    for (const [name, engine] of engines) {
      const file = alphabetSize === ALPHABET_SIZES[0] ? path.join(tmpdir(), `bench-reference-${name}.pdf`) : undefined;
      const { bytes, pages, seconds } = await timed(() => engine(book, stories), file);
      row.push(`${(bytes / 1e6).toFixed(2)} MB ${pages} pp ${seconds.toFixed(2)} s`);
    }
    rows.push(row);
    console.log(row.join(' | '));
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\n${rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n')}`);
} finally {
  await browser.close();
}
