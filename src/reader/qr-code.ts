import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import QRCode from 'qrcode';

/**
 * Writes a QR code PNG for `url` into `dir` and returns its path. Generated locally (no network);
 * the file name is a hash of the URL, and the same URL always gives the same bytes.
 */
export async function writeQrPng(url: string, dir: string): Promise<string> {
  // 4 px a module: about 148 px in all, which the engine places at 150 dpi, i.e. about 25 mm wide.
  const png = await QRCode.toBuffer(url, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 4,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  const file = path.join(dir, `qr-${createHash('sha256').update(url).digest('hex').slice(0, 16)}.png`);
  await mkdir(dir, { recursive: true });
  await writeFile(file, png);
  return file;
}
