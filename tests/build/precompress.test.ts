import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { precompressDirectory } from '../../src/build/precompress.ts';

const article = `<!doctype html><html lang="zh-CN"><body>${'<p>县禁毒协会志愿者走进某中学，开展禁毒宣传教育活动（示例）。</p>'.repeat(40)}</body></html>`;
const TEXT_FILES: Record<string, string> = {
  'index.html': article,
  'news/a/index.html': article.replace('某中学', '某村'),
  '_astro/site.Ab12Cd.css': 'body{font-family:system-ui,sans-serif;line-height:1.8}'.repeat(30),
  '_astro/search.Xy98.js': 'export function hello(){return "禁毒";}\n'.repeat(40),
  'pagefind/pagefind.js': 'const pagefind = { init() { return 1; } };\n'.repeat(40),
  'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_abc', wasm: 'zh-cn', page_count: 42 } } }).repeat(10),
  'rss.xml': `<?xml version="1.0"?><rss>${'<item><title>示例新闻</title></item>'.repeat(40)}</rss>`,
  'logo.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="10" height="10"/>'.repeat(40)}</svg>`,
  'robots.txt': 'User-agent: *\nAllow: /\n'.repeat(20),
  'worker.mjs': 'self.onmessage = () => {};\n'.repeat(40),
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'precompress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeTree(root: string, files: Record<string, string | Uint8Array>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}

describe('precompressDirectory', () => {
  test('writes .gz and .br beside every text asset, and both decompress to the original', async () => {
    await writeTree(dir, TEXT_FILES);
    const summary = await precompressDirectory(dir);
    expect(summary.compressed).toEqual(Object.keys(TEXT_FILES).sort());
    for (const name of Object.keys(TEXT_FILES)) {
      const original = await readFile(path.join(dir, name));
      const gz = await readFile(path.join(dir, `${name}.gz`));
      const br = await readFile(path.join(dir, `${name}.br`));
      expect(zlib.gunzipSync(gz).equals(original), name).toBe(true);
      expect(zlib.brotliDecompressSync(br).equals(original), name).toBe(true);
      expect(gz.length).toBeLessThan(original.length);
      expect(br.length).toBeLessThan(original.length);
    }
  });

  test('uses gzip level 9 and brotli at maximum quality', async () => {
    await writeTree(dir, { 'index.html': article });
    await precompressDirectory(dir);
    const original = await readFile(path.join(dir, 'index.html'));
    const gz = await readFile(path.join(dir, 'index.html.gz'));
    const br = await readFile(path.join(dir, 'index.html.br'));
    expect(gz.equals(zlib.gzipSync(original, { level: 9 }))).toBe(true);
    // XFL byte 2 = maximum compression.
    expect(gz[8]).toBe(2);
    const fastest = zlib.brotliCompressSync(original, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
    expect(br.length).toBeLessThan(fastest.length);
  });

  test('leaves binaries and files that are gzip already (Pagefind index chunks) alone', async () => {
    const gzippedChunk = zlib.gzipSync(Buffer.from('pagefind_dcd'.repeat(50)));
    await writeTree(dir, {
      'pagefind/fragment/zh-cn_1a2b.pf_fragment': gzippedChunk,
      'pagefind/index/zh-cn_3c4d.pf_index': gzippedChunk,
      'pagefind/wasm.zh-cn.pagefind': gzippedChunk,
      // Same bytes under a name we would otherwise compress: sniffed, not double-compressed.
      'pagefind/pagefind.zh-cn.json': gzippedChunk,
      'images/cover.png': Buffer.alloc(2000, 7),
      'reader/book.pdf': Buffer.alloc(2000, 1),
    });
    const summary = await precompressDirectory(dir);
    expect(summary.compressed).toEqual([]);
    expect(summary.skipped).toEqual(['pagefind/pagefind.zh-cn.json']);
    const all = await readdir(dir, { recursive: true });
    expect(all.filter((name) => name.endsWith('.gz') || name.endsWith('.br'))).toEqual([]);
  });

  test('skips a compressed form that would be larger than the file itself', async () => {
    await writeTree(dir, { 'a.txt': 'x' });
    const summary = await precompressDirectory(dir);
    expect(existsSync(path.join(dir, 'a.txt.gz'))).toBe(false);
    // Brotli's frame is smaller than one byte of text plus gzip's header, but still not smaller than 1 byte.
    expect(existsSync(path.join(dir, 'a.txt.br'))).toBe(false);
    expect(summary.skipped).toEqual(['a.txt']);
  });

  test('same input, byte-identical output (no time stamp in the gzip header), and a second run adds nothing', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'precompress-b-'));
    try {
      await writeTree(dir, TEXT_FILES);
      await writeTree(other, TEXT_FILES);
      await precompressDirectory(dir);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await precompressDirectory(other);
      for (const name of Object.keys(TEXT_FILES)) {
        for (const ext of ['.gz', '.br']) {
          const a = await readFile(path.join(dir, name + ext));
          const b = await readFile(path.join(other, name + ext));
          expect(a.equals(b), name + ext).toBe(true);
        }
        const gz = await readFile(path.join(dir, `${name}.gz`));
        expect(gz.readUInt32LE(4), `${name}.gz mtime`).toBe(0);
      }
      const before = (await readdir(dir, { recursive: true })).sort();
      await precompressDirectory(dir);
      expect((await readdir(dir, { recursive: true })).sort()).toEqual(before);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

test('the sample build ships .gz and .br beside its pages, styles and scripts', async () => {
  const dist = inject('sampleDist');
  const files = (await readdir(dist, { recursive: true })).map(String);
  const texts = files.filter((name) => /\.(html|css|js|xml)$/.test(name));
  expect(texts.length).toBeGreaterThan(0);
  for (const name of texts) {
    const size = (await readFile(path.join(dist, name))).length;
    if (size < 100) continue;
    expect(files, name).toContain(`${name}.gz`);
    expect(files, name).toContain(`${name}.br`);
  }
});
