import { stat } from 'node:fs/promises';
import type { Metadata } from 'sharp';
import { loadSharp } from './load-sharp.ts';

export interface PrintImageOptions {
  /** Placed size in pt. */
  widthPt: number;
  heightPt: number;
  /** Convert to gray for black-and-white printing. */
  grayscale: boolean;
}

/** An image file ready to embed: JPEG for photos, PNG for line art and anything with transparency. */
export interface PrintImage {
  format: 'jpeg' | 'png';
  bytes: Uint8Array;
  /** Pixel size. */
  width: number;
  height: number;
}

export const PRINT_DPI = 300;
const JPEG_QUALITY = 85;
// Fewer distinct colours than this (in a nearest-neighbour sample) reads as line art, drawings, charts.
const LINE_ART_MAX_COLOURS = 256;
const SAMPLE_SIZE = 160;

const cache = new Map<string, Promise<PrintImage>>();

/**
 * Any common image (JPEG, PNG, WebP, AVIF, GIF, TIFF, SVG) at 300 dpi for its placed size, never upscaled,
 * metadata stripped so the bytes depend only on the pixels. Cached per file version, size and grayscale.
 */
export async function preparePrintImage(path: string, options: PrintImageOptions): Promise<PrintImage> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`找不到图片文件：${path}。请检查图片路径是否写对、文件是否已放进 images 文件夹。`);
  }
  const width = Math.max(1, Math.round((options.widthPt / 72) * PRINT_DPI));
  const height = Math.max(1, Math.round((options.heightPt / 72) * PRINT_DPI));
  const key = [path, info.mtimeMs, info.size, width, height, options.grayscale].join('\0');
  let image = cache.get(key);
  if (!image) {
    image = convert(path, width, height, options.grayscale);
    cache.set(key, image);
    image.catch(() => cache.delete(key));
  }
  return image;
}

async function convert(path: string, width: number, height: number, grayscale: boolean): Promise<PrintImage> {
  const sharp = await loadSharp();
  let metadata;
  try {
    metadata = await sharp(path).metadata();
  } catch (cause) {
    throw new Error(`无法读取图片 ${path}：它不是可识别的 JPEG、PNG、WebP、AVIF 或 SVG 文件。请重新导出这张图片。`, { cause });
  }
  // Vector art has no pixels to protect from upscaling: rasterise it at exactly the print size.
  const input =
    metadata.format === 'svg' && metadata.width
      ? sharp(path, { density: Math.min(72 * Math.max(width / metadata.width, height / (metadata.height ?? metadata.width)), 2400) })
      : sharp(path);
  const opaque = !metadata.hasAlpha || (await sharp(path).stats()).isOpaque;
  let pipeline = input.rotate().resize(width, height, { fit: 'inside', withoutEnlargement: true });
  if (opaque) pipeline = pipeline.removeAlpha();
  // Without toColourspace sharp would write three identical channels.
  if (grayscale) pipeline = pipeline.grayscale().toColourspace('b-w');
  const format = (await isLineArt(path, metadata, opaque)) ? 'png' : 'jpeg';
  const { data, info } =
    format === 'png'
      ? await pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer({ resolveWithObject: true })
      : await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY }).toBuffer({ resolveWithObject: true });
  return { format, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** PNG when the source is vector, uses transparency, or has few colours; a JPEG source is always a photo. */
async function isLineArt(path: string, metadata: Metadata, opaque: boolean): Promise<boolean> {
  const sharp = await loadSharp();
  if (metadata.format === 'svg') return true;
  if (metadata.format === 'jpeg') return false;
  if (!opaque) return true;
  const { data, info } = await sharp(path)
    .removeAlpha()
    .resize(SAMPLE_SIZE, SAMPLE_SIZE, { fit: 'inside', withoutEnlargement: true, kernel: 'nearest' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += info.channels) {
    colours.add(info.channels >= 3 ? (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]! : data[i]!);
    if (colours.size > LINE_ART_MAX_COLOURS) return false;
  }
  return true;
}
