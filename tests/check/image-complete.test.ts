import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isIncompleteImage } from '../../src/check/image-complete.ts';

let dir: string;
const noise = () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } });
const files: Record<string, Buffer> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'jdxh-image-complete-'));
  const jpeg = await noise().jpeg().toBuffer();
  const png = await noise().png().toBuffer();
  const webp = await noise().webp().toBuffer();
  Object.assign(files, {
    'whole.jpg': jpeg,
    'cut.jpg': jpeg.subarray(0, Math.floor(jpeg.length * 0.7)),
    // A phone's motion photo: a whole JPEG with a video appended after its end marker, more than the tail looked at.
    'motion.jpg': Buffer.concat([jpeg, Buffer.alloc(200 * 1024, 7)]),
    'whole.png': png,
    'cut.png': png.subarray(0, Math.floor(png.length * 0.7)),
    'whole.webp': webp,
  });
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(dir, name), data);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('isIncompleteImage', () => {
  test.each([
    ['whole.jpg', 'jpeg', false],
    ['cut.jpg', 'jpeg', true],
    ['motion.jpg', 'jpeg', false],
    ['whole.png', 'png', false],
    ['cut.png', 'png', true],
    ['whole.webp', 'webp', false],
  ])('%s (%s): incomplete = %s', async (name, format, expected) => {
    // The header of every cut file still reads: only the end tells.
    expect((await sharp(path.join(dir, name)).metadata()).format).toBe(format);
    expect(await isIncompleteImage(path.join(dir, name), format)).toBe(expected);
  });

  test('a cut file really fails to decode, as the build would', async () => {
    await expect(sharp(path.join(dir, 'cut.jpg')).toBuffer()).rejects.toThrow();
  });
});
