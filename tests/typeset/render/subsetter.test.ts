import * as fontkit from 'fontkit';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultFontConfig, loadFontSet } from '../../../src/typeset/render/index.ts';
import { subsetter } from '../../../src/typeset/render/subsetter.ts';
import { inflateSync } from 'node:zlib';

const serif = defaultFontConfig().faces.serif!.file;
const codePoints = [...'禁毒宣传，。A1'].map((ch) => ch.codePointAt(0)!).sort((a, b) => a - b);
/** The code points a font's cmap maps (without the U+FFFF that ends a format 4 table). */
const mapped = (bytes: Uint8Array) =>
  fontkit
    .create(Buffer.from(bytes))
    .characterSet.filter((cp) => cp !== 0xffff)
    .sort((a, b) => a - b);

describe('the subsetting thread', () => {
  test('returns a subset with exactly the asked glyphs, and the same bytes deflated', async () => {
    const { bytes, deflated } = await subsetter.subset(serif, codePoints);
    expect(mapped(bytes)).toEqual(codePoints);
    expect(Buffer.from(inflateSync(deflated)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('keeps the outlines of the asked glyphs, as in the face file', async () => {
    const { bytes } = await subsetter.subset(serif, codePoints);
    const subset = fontkit.create(Buffer.from(bytes));
    const full = fontkit.create(readFileSync(serif));
    for (const cp of codePoints) {
      expect(subset.glyphForCodePoint(cp).path.toSVG()).toBe(full.glyphForCodePoint(cp).path.toSVG());
    }
  });

  test('a font harfbuzz cannot read fails that subset only; the next one works (on a new thread)', async () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'subsetter-')), 'broken.ttf');
    writeFileSync(broken, new Uint8Array([0, 1, 0, 0, 9, 9, 9, 9]));
    await expect(subsetter.subset(broken, codePoints)).rejects.toThrow();
    await expect(subsetter.subset('/nonexistent/NotoSerifSC.ttf', codePoints)).rejects.toThrow('/nonexistent/NotoSerifSC.ttf');
    const { bytes } = await subsetter.subset(serif, codePoints);
    expect(fontkit.create(Buffer.from(bytes)).numGlyphs).toBeGreaterThanOrEqual(codePoints.length);
  });

  test('subsets asked at once all arrive, each for its own code points', async () => {
    const [a, b] = await Promise.all([subsetter.subset(serif, [0x7981]), subsetter.subset(serif, [0x6bd2, 0x5ba3])]);
    expect(mapped(a.bytes)).toEqual([0x7981]);
    expect(mapped(b.bytes)).toEqual([0x5ba3, 0x6bd2]);
  });

  test('a thread started ahead and never given a subset does not keep the process alive', () => {
    // Every subset of a later edition can come from the cache: the thread prepared for it then stays idle.
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'subsetter-')), 'prepare-only.mjs');
    const subsetterUrl = new URL('../../../src/typeset/render/subsetter.ts', import.meta.url).href;
    writeFileSync(script, `import { subsetter } from '${subsetterUrl}';\nsubsetter.prepare();\n`);
    const child = spawnSync(process.execPath, [script], { timeout: 30_000, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.signal).toBeNull(); // not killed at the timeout
    expect(child.status).toBe(0);
  }, 60_000);
});

describe('faces load when first used', () => {
  test('a face file that cannot be read fails loadFontSet, naming the file', async () => {
    const config = defaultFontConfig();
    config.faces.sans = { file: '/nonexistent/NotoSansSC.ttf', family: 'Noto Sans SC' };
    await expect(loadFontSet(config)).rejects.toThrow('/nonexistent/NotoSansSC.ttf');
  });
});
