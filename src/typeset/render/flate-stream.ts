import { deflate, deflateSync } from 'node:zlib';
import { promisify } from 'node:util';
import { PDFRawStream, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';

const deflateAsync = promisify(deflate);

/** Text data (content streams, CMaps) is taken as latin1: one byte per character. */
function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
}

function rawFlateStream(context: PDFContext, deflated: Uint8Array, dict: Record<string, unknown>): PDFRawStream {
  return PDFRawStream.of(context.obj({ ...dict, Filter: 'FlateDecode', Length: deflated.length } as never) as unknown as PDFDict, deflated);
}

/**
 * A stream object whose data is deflated by node's zlib (faster than pdf-lib's pako, and the same bytes on every
 * run).
 */
export function flateStream(context: PDFContext, data: Uint8Array | string, dict: Record<string, unknown> = {}): PDFRawStream {
  return rawFlateStream(context, deflateSync(bytesOf(data)), dict);
}

/**
 * Large streams (the font files) deflated on libuv's thread pool while the writer goes on drawing pages: another
 * core does the compression. Each stream gets its object number when added, so the file does not depend on
 * which compression finishes first; its bytes are in place once `settle` resolves. Small streams are cheaper
 * deflated in place (`flateStream`): a thread-pool round trip costs more than compressing a page.
 */
export class DeferredStreams {
  private readonly context: PDFContext;
  private readonly pending: Promise<void>[] = [];

  constructor(context: PDFContext) {
    this.context = context;
  }

  /** `deflated` comes from `deflateLater`, possibly cached across documents (a font file). */
  add(deflated: Promise<Uint8Array>, dict: Record<string, unknown> = {}): PDFRef {
    const ref = this.context.nextRef();
    const assigned = deflated.then((bytes) => this.context.assign(ref, rawFlateStream(this.context, bytes, dict)));
    // Awaited in settle(); until then a failure must not count as unhandled.
    assigned.catch(() => {});
    this.pending.push(assigned);
    return ref;
  }

  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }
}

/** Deflates on the thread pool. */
export function deflateLater(data: Uint8Array): Promise<Uint8Array> {
  return deflateAsync(data);
}
