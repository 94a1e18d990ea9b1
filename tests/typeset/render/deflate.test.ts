import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { deflate } from '../../../src/typeset/render/deflate.ts';

describe('deflate', () => {
  test.each([
    ['a page-sized content stream', Buffer.from('BT /F1 12 Tf 1 0 0 1 56.7 530.2 Tm <0102> Tj ET\n'.repeat(60), 'latin1')],
    ['a large font file', Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251))],
  ])('%s: inflates back to the data, and holds a buffer of exactly its own size', (_, data) => {
    const deflated = deflate(data);
    expect(Buffer.from(inflateSync(deflated)).equals(data)).toBe(true);
    // not a view into zlib's 64 KB output chunk, which would stay alive with it
    expect(deflated.buffer.byteLength).toBe(deflated.byteLength);
  });
});
