import { deflateSync } from 'node:zlib';

/**
 * zlib's deflate (the same bytes on every run), in a buffer of its own. zlib returns an output shorter than
 * its 64 KB output chunk as a view into that chunk, which then lives as long as the view: a book keeps a
 * deflated content stream per page until it is saved, some 2 KB of data each.
 */
export function deflate(data: Uint8Array): Uint8Array {
  const deflated = deflateSync(data);
  return deflated.byteLength === deflated.buffer.byteLength ? deflated : new Uint8Array(deflated);
}
