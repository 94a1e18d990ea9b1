import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Text formats a static server can send precompressed (nginx gzip_static / brotli_static). */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest', '.map',
]);

export interface PrecompressSummary {
  /** Files given a .gz and/or a .br beside them (paths relative to the output folder, sorted). */
  compressed: string[];
  /** Candidates left alone: already gzipped, or too small for either format to make them smaller. */
  skipped: string[];
  bytesBefore: number;
  bytesGzip: number;
  bytesBrotli: number;
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, root) : Promise.resolve([path.relative(root, full)]);
    }),
  );
  return nested.flat().sort();
}

function isGzipped(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Level 9 gzip. Node's zlib writes mtime 0 and no file name into the header, so the same input
 * always gives the same bytes.
 */
export function gzipBest(bytes: Uint8Array): Promise<Buffer> {
  return gzip(bytes, { level: 9 });
}

export function brotliBest(bytes: Uint8Array): Promise<Buffer> {
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Writes `name.gz` and `name.br` beside every text asset under `dir`.
 * Files that are gzip already (Pagefind keeps its index chunks gzipped whatever their name) are
 * skipped, and so is each compressed form that would not be smaller than the original.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { compressed: [], skipped: [], bytesBefore: 0, bytesGzip: 0, bytesBrotli: 0 };
  const candidates = (await listFiles(dir)).filter((file) =>
    COMPRESSIBLE_EXTENSIONS.has(path.extname(file).toLowerCase()),
  );
  // zlib's async work runs on libuv's thread pool; a few files at a time keep both cores busy.
  const queue = [...candidates];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const full = path.join(dir, file);
      const bytes = await readFile(full);
      if (isGzipped(bytes)) {
        summary.skipped.push(file);
        continue;
      }
      const [gz, br] = await Promise.all([gzipBest(bytes), brotliBest(bytes)]);
      // A tiny file can grow under gzip's 18-byte frame; the server then sends the original.
      const writes = [
        gz.length < bytes.length ? writeFile(`${full}.gz`, gz) : null,
        br.length < bytes.length ? writeFile(`${full}.br`, br) : null,
      ].filter((write) => write !== null);
      if (writes.length === 0) {
        summary.skipped.push(file);
        continue;
      }
      await Promise.all(writes);
      summary.compressed.push(file);
      summary.bytesBefore += bytes.length;
      summary.bytesGzip += Math.min(gz.length, bytes.length);
      summary.bytesBrotli += Math.min(br.length, bytes.length);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  summary.compressed.sort();
  summary.skipped.sort();
  return summary;
}

/** Build stage (last in src/build/pipeline.ts): precompressed copies for static servers. */
export async function precompress(_projectRoot: string, outDir: string): Promise<void> {
  await precompressDirectory(outDir);
}
