import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One produced PDF as the web reader shows it: the numbers are read back from the file itself. */
export interface DownloadFile {
  file: string;
  bytes: number;
  pages: number;
}

export interface EditionDownloads {
  id: string;
  title: string;
  pdf: DownloadFile;
  booklet: DownloadFile | null;
  /** The print shop's file (印厂版: bleed and trim marks), for editions whose cover is printed to the edge. */
  print: DownloadFile | null;
  /** Story ids in book order, and the printed page where each starts. */
  stories: string[];
  storyPages: Record<string, number>;
}

export interface DownloadsManifest {
  editions: Record<string, EditionDownloads>;
}

export const MANIFEST_NAME = 'editions.json';
/** Set by the PDF stage for the Astro stage that follows it in the same process. */
export const EDITIONS_DIR_ENV = 'READER_EDITIONS_DIR';

/**
 * Where the PDF stage stages its output until the site is built (Astro empties outDir first): a
 * temporary folder named after outDir, so a failed build leaves nothing in the project.
 */
export function editionsStagingDir(outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `jdxh-editions-${key}`);
}

/**
 * The manifest the PDF stage wrote, for the web reader pages. Undefined when the stage has not run
 * (e.g. `astro dev`), so pages can say that the PDFs are made by `npm run build`.
 */
export function readDownloadsManifest(env: NodeJS.ProcessEnv = process.env): DownloadsManifest | undefined {
  const dir = env[EDITIONS_DIR_ENV];
  if (!dir) return undefined;
  const file = path.join(dir, 'downloads', MANIFEST_NAME);
  if (!existsSync(file)) throw new Error(`找不到读本 PDF 清单 ${file}：PDF 生成步骤没有完成。`);
  return JSON.parse(readFileSync(file, 'utf8')) as DownloadsManifest;
}

/** "1.2 MB", "856 KB": sizes as the download buttons show them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
