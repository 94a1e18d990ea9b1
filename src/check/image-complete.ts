import { open } from 'node:fs/promises';
import sharp from 'sharp';

const PNG_END = Buffer.from([0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
/** How far from the end a JPEG's end marker is looked for (phones may append a little after it). */
const JPEG_TAIL = 64 * 1024;

/**
 * Whether an image file is whole. A photo copied only in part (a cable pulled, an upload cut off) still has
 * a good header, so sharp reads its size and format; the PDF engine and the site's image pipeline then fail
 * to decode it in the middle of the build. The end of the file tells: a JPEG without its end marker FFD9 near
 * the end, or a PNG not ending in IEND, is decoded to be sure, so a photo with data appended after its end (a
 * phone's “motion photo”) is not refused.
 */
export async function isIncompleteImage(file: string, format: string): Promise<boolean> {
  if (await endLooksWhole(file, format)) return false;
  try {
    await sharp(file, { sequentialRead: true }).resize(64).raw().toBuffer();
    return false;
  } catch {
    return true;
  }
}

/** JPEG and PNG by their end; anything else is taken as whole (a cut WebP's header already fails to read). */
async function endLooksWhole(file: string, format: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const readAt = async (position: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      await handle.read(buffer, 0, buffer.length, position);
      return buffer;
    };
    if (format === 'png') return (await readAt(size - PNG_END.length, PNG_END.length)).equals(PNG_END);
    if (format === 'jpeg') return (await readAt(Math.max(0, size - JPEG_TAIL), JPEG_TAIL)).includes(Buffer.from([0xff, 0xd9]));
    return true;
  } finally {
    await handle.close();
  }
}
