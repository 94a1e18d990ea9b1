import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { preparePrintImage } from '../../../src/typeset/images/index.ts';

let dir: string;
const file = (name: string) => path.join(dir, name);

/** A smooth gradient with noise: many colours, like a photograph. */
function photoPixels(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < width * height; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const x = i % width;
    const y = Math.floor(i / width);
    pixels[i * 3] = (x * 200) / width + (seed % 40);
    pixels[i * 3 + 1] = (y * 200) / height + ((seed >> 8) % 40);
    pixels[i * 3 + 2] = 90 + ((seed >> 16) % 60);
  }
  return pixels;
}

const CHART_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#fff"/>' +
  '<rect x="30" y="50" width="60" height="140" fill="#c00"/><rect x="120" y="90" width="60" height="100" fill="#06c"/></svg>';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'images-'));
  const raw = { raw: { width: 1200, height: 800, channels: 3 as const } };
  const photo = photoPixels(1200, 800);
  await sharp(photo, raw).withMetadata({ exif: { IFD0: { Artist: '某村村医' } } }).jpeg({ quality: 92 }).toFile(file('photo.jpg'));
  await sharp(photo, raw).png().toFile(file('photo.png'));
  await sharp(photo, raw).webp({ quality: 90 }).toFile(file('photo.webp'));
  await sharp(photo, raw).avif({ quality: 50, effort: 0 }).toFile(file('photo.avif'));
  await sharp(Buffer.from(CHART_SVG)).png().toFile(file('chart.png'));
  await writeFile(file('chart.svg'), CHART_SVG);
  // a logo with a transparent background
  await sharp({ create: { width: 200, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="80" fill="#d22"/></svg>') }])
    .png()
    .toFile(file('logo.png'));
});

// 100 × 66.67 pt at 300 dpi is 417 × 278 px
const PLACED = { widthPt: 100, heightPt: (100 * 800) / 1200, grayscale: false };

describe('resolution', () => {
  test('a large photo is reduced to 300 dpi at its placed size', async () => {
    const image = await preparePrintImage(file('photo.jpg'), PLACED);
    expect([image.width, image.height]).toEqual([417, 278]);
    const meta = await sharp(image.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([417, 278]);
  });

  test('a small image is never upscaled', async () => {
    const image = await preparePrintImage(file('chart.png'), { widthPt: 200, heightPt: 133.33, grayscale: false });
    expect([image.width, image.height]).toEqual([300, 200]);
  });

  test('SVG is rasterised at exactly the print size', async () => {
    const image = await preparePrintImage(file('chart.svg'), { widthPt: 144, heightPt: 96, grayscale: false });
    expect(image.format).toBe('png');
    expect([image.width, image.height]).toEqual([600, 400]);
  });
});

describe('format choice', () => {
  test.each(['photo.jpg', 'photo.png', 'photo.webp', 'photo.avif'])('%s (a photo) becomes JPEG', async (name) => {
    const image = await preparePrintImage(file(name), PLACED);
    expect(image.format).toBe('jpeg');
    expect((await sharp(image.bytes).metadata()).format).toBe('jpeg');
  });

  test('line art and transparent images become PNG, keeping the transparency', async () => {
    const chart = await preparePrintImage(file('chart.png'), PLACED);
    expect(chart.format).toBe('png');
    expect((await sharp(chart.bytes).metadata()).hasAlpha).toBe(false);
    const logo = await preparePrintImage(file('logo.png'), { widthPt: 40, heightPt: 40, grayscale: false });
    expect(logo.format).toBe('png');
    expect((await sharp(logo.bytes).metadata()).hasAlpha).toBe(true);
  });
});

describe('grayscale, metadata, determinism, cache', () => {
  test('grayscale output has one (gray) channel', async () => {
    for (const name of ['photo.jpg', 'chart.png']) {
      const image = await preparePrintImage(file(name), { ...PLACED, grayscale: true });
      const meta = await sharp(image.bytes).metadata();
      expect([meta.channels, meta.space]).toEqual([1, 'b-w']);
    }
  });

  test('metadata is stripped', async () => {
    expect((await sharp(file('photo.jpg')).metadata()).exif).toBeDefined();
    const image = await preparePrintImage(file('photo.jpg'), PLACED);
    const meta = await sharp(image.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
  });

  test('the same pixels give the same bytes (a copy under another name is converted afresh)', async () => {
    await copyFile(file('photo.webp'), file('copy.webp'));
    const a = await preparePrintImage(file('photo.webp'), PLACED);
    const b = await preparePrintImage(file('copy.webp'), PLACED);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  test('repeated requests for the same file, size and gray share one conversion', async () => {
    const a = await preparePrintImage(file('photo.avif'), PLACED);
    expect(await preparePrintImage(file('photo.avif'), PLACED)).toBe(a);
    expect(await preparePrintImage(file('photo.avif'), { ...PLACED, grayscale: true })).not.toBe(a);
  });

  test('a missing or broken file is a Chinese error naming it', async () => {
    await expect(preparePrintImage(file('nope.jpg'), PLACED)).rejects.toThrow(/找不到图片文件.*nope\.jpg/);
    await writeFile(file('broken.jpg'), 'not an image');
    await expect(preparePrintImage(file('broken.jpg'), PLACED)).rejects.toThrow(/无法读取图片.*broken\.jpg/);
  });
});
