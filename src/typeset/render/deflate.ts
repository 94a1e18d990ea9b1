import { deflate as deflateOnPool, deflateSync } from 'node:zlib';

/**
 * zlib's deflate (the same bytes on every run), in a buffer of its own. zlib returns an output shorter than
 * its 64 KB output chunk as a view into that chunk, which then lives as long as the view: a book keeps a
 * deflated content stream per page until it is saved, some 2 KB of data each.
 */
export function deflate(data: Uint8Array): Uint8Array {
  return ownBuffer(deflateSync(data));
}

/**
 * `deflate` on libuv's thread pool: the same bytes, made while this thread goes on (the writer deflates each
 * page while it draws the next). The result arrives when this thread next turns its event loop.
 */
export function deflateAside(data: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => deflateOnPool(data, (error, deflated) => (error ? reject(error) : resolve(ownBuffer(deflated)))));
}

function ownBuffer(view: Buffer): Uint8Array {
  return view.byteLength === view.buffer.byteLength ? view : new Uint8Array(view);
}
