/**
 * The font subsetter's thread (started by subsetter.ts): harfbuzz (WebAssembly) loads, subsets and deflates the
 * subset here while the main thread lays out and writes pages.
 */
import { parentPort } from 'node:worker_threads';
import { deflate } from './deflate.ts';
import { harfbuzzSubset, loadHarfbuzz } from './harfbuzz-subset.ts';

/** `file` is the face's font file: harfbuzz reads it itself, so no thread holds a copy (harfbuzz-subset.ts). */
export type SubsetRequest = { kind: 'prepare' } | { kind: 'subset'; id: number; file: string; codePoints: number[] };
/** The subset, and the same deflated for the PDF's font file stream. */
export type SubsetReply = { id: number; bytes: Uint8Array; deflated: Uint8Array } | { id: number; error: string };

// Messages are handled one at a time, and each job runs to its end: harfbuzz's memory is shared by all subsets.
parentPort!.on('message', (request: SubsetRequest) => {
  if (request.kind === 'prepare') {
    loadHarfbuzz();
    return;
  }
  const { id, file, codePoints } = request;
  try {
    const bytes = harfbuzzSubset(file, codePoints);
    const deflated = deflate(bytes);
    // Handed over rather than copied: the thread has no further use for them.
    parentPort!.postMessage({ id, bytes, deflated } satisfies SubsetReply, [bytes.buffer as ArrayBuffer, deflated.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message } satisfies SubsetReply);
  }
});
