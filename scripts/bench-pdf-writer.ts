/**
 * npm run bench:pdf-writer — prints figures, asserts nothing (npm run bench:pdf runs the whole engine).
 * The PDF writer alone: the synthetic reader (60 stories, ~180,000 characters) laid out the simple way
 * (justified A5 lines at 12 pt, running heads, folios) → loadFontSet + writePdf (subsetting and writing).
 * Wall time and this process's CPU time are both printed: on a shared 2-core machine wall time swings with
 * whatever else runs, CPU time much less.
 */
import { defaultFontConfig, loadFontSet, writePdf } from '../src/typeset/render/index.ts';
import { collectCodePoints } from '../src/typeset/render/font-subsets.ts';
import { layOutSimply, syntheticStories } from './bench-pdf-writer-input.ts';

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  console.log(`  ${label.padEnd(34)} ${(performance.now() - wall).toFixed(0).padStart(6)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms cpu`);
  return result;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const stories = syntheticStories();
const characters = stories.reduce((n, s) => n + s.paragraphs.join('').length, 0);
const distinct = new Set(stories.flatMap((s) => [...s.paragraphs.join('')])).size;
console.log(`synthetic reader: ${stories.length} stories, ${characters} characters, ${distinct} distinct`);

const fonts = await timed('loadFontSet', () => loadFontSet(defaultFontConfig()));
const doc = await timed('stand-in layout (not the engine)', () => layOutSimply(stories, fonts));
console.log(`  ${doc.pages.length} pages`);
await timed('collect code points', () => collectCodePoints(doc, fonts));
const pdf = await timed('writePdf, first (subsets fonts)', () => writePdf(doc, fonts));
for (let i = 1; i <= 2; i++) await timed(`writePdf, again (subsets cached) #${i}`, () => writePdf(doc, fonts));
console.log(`  file size ${mb(pdf.length)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
