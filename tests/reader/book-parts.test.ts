import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { colophonLines } from '../../src/reader/assemble-book.ts';
import { loadEditions } from '../../src/reader/load-editions.ts';
import { pageSettings } from '../../src/reader/page-settings.ts';
import { MM } from '../../src/reader/points.ts';
import { writeQrPng } from '../../src/reader/qr-code.ts';
import { absoluteUrl, storyPath } from '../../src/reader/story-url.ts';
import { countCharacters, thousandCharacters } from '../../src/reader/word-count.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('page settings from the edition', () => {
  test.each([
    ['quanxian', 210, 297, 12],
    ['xiaoxue', 148, 210, 16],
    ['cunmin', 148, 210, 14],
  ])('%s: trim %i×%i mm, body %i pt, measure a whole number of ems', async (id, w, h, size) => {
    const edition = (await loadEditions(root)).find((e) => e.id === id)!.edition;
    const page = pageSettings(edition);
    expect(page.width).toBeCloseTo(w * MM, 1);
    expect(page.height).toBeCloseTo(h * MM, 1);
    expect(page.bodySize).toBe(size);
    const measure = page.width - page.margins.inner - page.margins.outer;
    expect(Math.abs(measure / size - Math.round(measure / size))).toBeLessThan(0.01);
    expect(measure / size).toBeGreaterThanOrEqual(16); // at least 16 characters a line even in large print
    expect(page.grayscale).toBe(id === 'cunmin');
  });
});

describe('版本记录页', () => {
  test('names the publisher, address, trim, 字数 in 千字, 印数, date and 免费发放', async () => {
    const entry = (await loadEditions(root)).find((e) => e.id === 'quanxian')!;
    const lines = colophonLines(entry, 12_345);
    expect(lines).toContain('开　　本：A4（210 mm × 297 mm）');
    expect(lines).toContain('字　　数：13 千字');
    expect(lines).toContain('印　　数：2000 册');
    expect(lines).toContain('印制日期：2025 年 6 月');
    expect(lines.join('\n')).toMatch(/编印单位：邵阳县禁毒协会（示例）[\s\S]*地　　址：湖南省邵阳县[\s\S]*免费发放/);
  });

  test('字数 counts every character but white space', () => {
    expect(countCharacters('毒品 一次\n就可能上瘾。 A1')).toBe(12);
    expect(thousandCharacters(999)).toBe('1 千字');
    expect(thousandCharacters(1001)).toBe('2 千字');
  });
});

describe('QR codes', () => {
  const url = absoluteUrl('https://jdxh.example.cn', storyPath('/jdxh/', 'huijia-de-lu'));

  test('story URLs honour the base path', () => {
    expect(url).toBe('https://jdxh.example.cn/jdxh/reader/stories/huijia-de-lu/');
  });

  test('the PNG holds exactly the modules of the URL’s QR code, and is the same every time', async () => {
    const dir = path.join(os.tmpdir(), 'reader-qr-test');
    const a = await readFile(await writeQrPng(url, dir));
    const b = await readFile(await writeQrPng(url, dir));
    expect(a.equals(b)).toBe(true);

    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    const { data, info } = await sharp(a).greyscale().raw().toBuffer({ resolveWithObject: true });
    const scale = info.width / (size + 4); // 2 modules of quiet zone each side
    expect(Number.isInteger(scale)).toBe(true);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        const x = Math.floor((c + 2 + 0.5) * scale);
        const y = Math.floor((r + 2 + 0.5) * scale);
        const dark = data[y * info.width + x] < 128;
        expect(dark, `module ${r},${c}`).toBe(qr.modules.get(r, c) === 1);
      }
    }
  });
});
