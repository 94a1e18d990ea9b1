/**
 * The font subsetter's thread (started by subsetter.ts): harfbuzz (WebAssembly) loads, subsets and deflates the
 * subset here while the main thread lays out and writes pages.
 */
import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { harfbuzzSubset, loadHarfbuzz } from './harfbuzz-subset.ts';

/** `font` is the face's file, in shared memory when the main thread loaded it so (font-face.ts): not copied. */
export type SubsetRequest = { kind: 'prepare' } | { kind: 'subset'; id: number; font: Uint8Array; codePoints: number[] };
/** The subset, and the same deflated for the PDF's font file stream. */
export type SubsetReply = { id: number; bytes: Uint8Array; deflated: Uint8Array } | { id: number; error: string };

// One job at a time: harfbuzz's memory is shared by all subsets.
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', (request: SubsetRequest) => {
  if (request.kind === 'prepare') {
    queue = queue.then(loadHarfbuzz);
    return;
  }
  const { id, font, codePoints } = request;
  queue = queue.then(async () => {
    try {
      const bytes = await harfbuzzSubset(font, codePoints);
      parentPort!.postMessage({ id, bytes, deflated: deflateSync(bytes) } satisfies SubsetReply);
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).message } satisfies SubsetReply);
    }
  });
});
