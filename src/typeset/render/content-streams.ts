import type { PDFContext, PDFRef } from 'pdf-lib';
import { deflateAside } from './deflate.ts';
import { deflatedStream } from './flate-stream.ts';

/** Each deflate in flight holds zlib's state (some 300 KB) until its result is taken in. */
const MAX_IN_FLIGHT = 16;

/**
 * Page content streams deflated on libuv's thread pool while the writer draws the next pages. A stream's object
 * number is taken when it is added, so numbering is as if it were made there; the object is assigned when its
 * bytes are ready.
 */
export class ContentStreams {
  private readonly context: PDFContext;
  private readonly inFlight: Array<Promise<void>> = [];

  constructor(context: PDFContext) {
    this.context = context;
  }

  /** The reference of the stream that will hold `content` (latin1 text, one byte a character). */
  add(content: string): PDFRef {
    const ref = this.context.nextRef();
    const assigned = deflateAside(Buffer.from(content, 'latin1')).then((deflated) => this.context.assign(ref, deflatedStream(this.context, deflated)));
    // Awaited later (`room`, `done`); until then a failure must not count as an unhandled rejection.
    assigned.catch(() => {});
    this.inFlight.push(assigned);
    return ref;
  }

  /** Waits until fewer than MAX_IN_FLIGHT streams are being deflated. */
  async room(): Promise<void> {
    while (this.inFlight.length >= MAX_IN_FLIGHT) await this.inFlight.shift();
  }

  /** Waits until every stream added is assigned. */
  async done(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}
