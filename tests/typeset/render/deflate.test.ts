import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { deflate, deflateAside } from '../../../src/typeset/render/deflate.ts';

/** Bytes from xorshift32: deflate cannot shrink them. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const samples: Array<[string, Buffer]> = [
  ['a page-sized content stream', Buffer.from('BT /F1 12 Tf 1 0 0 1 56.7 530.2 Tm <0102> Tj ET\n'.repeat(60), 'latin1')],
  ['a large font file', Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251))],
  // Deflates to several of zlib's output chunks (16 KB each on the thread pool).
  ['data that hardly compresses', noise(100_000)],
];

describe('deflate', () => {
  test.each(samples)('%s: inflates back to the data, and holds a buffer of exactly its own size', (_, data) => {
    const deflated = deflate(data);
    expect(Buffer.from(inflateSync(deflated)).equals(data)).toBe(true);
    // not a view into zlib's 64 KB output chunk, which would stay alive with it
    expect(deflated.buffer.byteLength).toBe(deflated.byteLength);
  });

  test.each(samples)('%s: deflated on the thread pool, the same bytes, in a buffer of its own', async (_, data) => {
    const aside = await deflateAside(data);
    expect(Buffer.from(aside).equals(Buffer.from(deflate(data)))).toBe(true);
    expect(aside.buffer.byteLength).toBe(aside.byteLength);
  });
});
