import { PDFRawStream, type PDFContext, type PDFDict } from 'pdf-lib';
import { deflate } from './deflate.ts';

/**
 * A stream object whose data is deflated by node's zlib (faster than pdf-lib's pako; deflate.ts). Text data
 * (content streams, CMaps) is taken as latin1: one byte per character.
 */
export function flateStream(context: PDFContext, data: Uint8Array | string, dict: Record<string, unknown> = {}): PDFRawStream {
  return deflatedStream(context, deflate(typeof data === 'string' ? Buffer.from(data, 'latin1') : data), dict);
}

/** A stream object for data already deflated (by zlib's deflate, as `flateStream` does). */
export function deflatedStream(context: PDFContext, deflated: Uint8Array, dict: Record<string, unknown> = {}): PDFRawStream {
  return PDFRawStream.of(context.obj({ ...dict, Filter: 'FlateDecode', Length: deflated.length } as never) as unknown as PDFDict, deflated);
}
