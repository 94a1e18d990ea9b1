/**
 * npm run bench:pdf — the whole engine on a synthetic reader (60 stories, ~180,000 Chinese characters, A5,
 * 12 pt): parse → layout → PDF. Prints figures; asserts nothing. Targets: < 1.5 s, < 400 MB, < 1.2 MB.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { typesetBook } from '../src/typeset/index.ts';
import { hanCharacterCount, syntheticBook, syntheticMarkdown } from './bench-typeset-book.ts';

const load = loadavg()[0];
// Making up the text is not the engine's work: it happens before the clock starts. Parsing it is.
const stories = syntheticMarkdown(60, 3400);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const input = syntheticBook(stories);
const t1 = performance.now();
const result = await typesetBook(input);
const t2 = performance.now();
const out = path.join(tmpdir(), 'bench-reader.pdf');
writeFileSync(out, result.pdf);

const seconds = (t2 - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
// Both units, since the targets say only "MB": decimal megabytes (10^6 bytes) and mebibytes (2^20 bytes).
const sizes = (bytes: number, digits: number) => `${(bytes / 1e6).toFixed(digits)} MB = ${(bytes / 2 ** 20).toFixed(digits)} MiB`;
console.log(`synthetic reader: ${input.sections.length - 2} stories, ${hanCharacterCount(stories)} Chinese characters, A5, ${input.page.bodySize} pt`);
console.log(`pages:        ${result.pageCount}`);
console.log(`wall time:    ${seconds.toFixed(2)} s (parse ${((t1 - t0) / 1000).toFixed(2)} s, typeset ${((t2 - t1) / 1000).toFixed(2)} s)   target < 1.5 s`);
console.log(`cpu time:     ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user + system; load average was ${load.toFixed(1)} on ${availableParallelism()} cores — wall time is only meaningful on an idle machine)`);
console.log(`pages/s:      ${(result.pageCount / seconds).toFixed(0)}`);
console.log(`peak memory:  ${sizes(process.resourceUsage().maxRSS * 1024, 0)} (max RSS)   target < 400 MB`);
console.log(`file size:    ${result.pdf.length} bytes: ${sizes(result.pdf.length, 2)} (${out})   target < 1.2 MB`);
