import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import { loadSharp } from '../images/load-sharp.ts';
import { flateStream } from './flate-stream.ts';

/**
 * A PNG as an image XObject: pixels decoded by sharp, colour and alpha (as /SMask) deflated by zlib.
 * pdf-lib's embedPng would always write RGB (a gray edition must stay gray) and decodes in JavaScript.
 */
export async function embedPng(pdfDoc: PDFDocument, png: Uint8Array): Promise<PDFRef> {
  const sharp = await loadSharp();
  const { channels: fileChannels } = await sharp(png).metadata();
  const gray = fileChannels !== undefined && fileChannels <= 2;
  // sharp decodes to sRGB (R = G = B for a gray file), with alpha when the file has it.
  const { data, info } = await sharp(png).raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  const pixels = info.width * info.height;
  const colours = gray ? 1 : 3;
  const hasAlpha = info.channels === 2 || info.channels === 4;
  const colour = Buffer.alloc(pixels * colours);
  const alpha = hasAlpha ? Buffer.alloc(pixels) : undefined;
  for (let p = 0; p < pixels; p++) {
    const i = p * info.channels;
    for (let k = 0; k < colours; k++) colour[p * colours + k] = data[i + k]!;
    if (alpha) alpha[p] = data[i + info.channels - 1]!;
  }
  const { context } = pdfDoc;
  const image = (samples: Buffer, colorSpace: 'DeviceGray' | 'DeviceRGB') =>
    flateStream(context, samples, { Type: 'XObject', Subtype: 'Image', Width: info.width, Height: info.height, ColorSpace: colorSpace, BitsPerComponent: 8 });
  const stream = image(colour, gray ? 'DeviceGray' : 'DeviceRGB');
  if (alpha) stream.dict.set(PDFName.of('SMask'), context.register(image(alpha, 'DeviceGray')));
  return context.register(stream);
}
