import { rmSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { defaultFontConfig, loadFontSet, parseStory, typesetBook, type Block } from '../typeset/index.ts';
import { assembleBook, coverRunsToEdge, type PreparedStory } from '../reader/assemble-book.ts';
import { imposeBooklet } from '../reader/booklet.ts';
import {
  EDITIONS_DIR_ENV,
  MANIFEST_NAME,
  editionsStagingDir,
  type DownloadFile,
  type DownloadsManifest,
} from '../reader/downloads-manifest.ts';
import { loadEditions, type EditionEntry } from '../reader/load-editions.ts';
import { loadStories, type StoryEntry } from '../reader/load-stories.ts';
import { makePrintFile } from '../reader/print-file.ts';
import { writeQrPng } from '../reader/qr-code.ts';
import { resolveEdition } from '../reader/resolve-edition.ts';
import { placeholderSiteWarning, siteAddress } from '../reader/site-address.ts';
import { absoluteUrl, storyPath } from '../reader/story-url.ts';
import { lineOf } from '../reader/yaml-source.ts';

/** Markdown from a YAML field, parsed with line numbers that point into the YAML file. */
function parseYamlMarkdown(entry: EditionEntry, field: 'foreword' | 'backCover'): Block[] {
  // A block scalar's text starts on the line after its key; padding makes the engine's lines match.
  const line = lineOf(entry.yaml, [field]);
  return parseStory('\n'.repeat(line) + entry.edition[field], entry.file).blocks;
}

async function describePdf(dir: string, file: string, bytes: Uint8Array): Promise<DownloadFile> {
  await writeFile(path.join(dir, file), bytes);
  // Read the page count back from the bytes we wrote, not from what we meant to write.
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { file, bytes: bytes.byteLength, pages };
}

async function prepareStories(stories: StoryEntry[], qrDir: string): Promise<Map<string, PreparedStory>> {
  const { site, base } = siteAddress();
  const prepared = new Map<string, PreparedStory>();
  for (const entry of stories) {
    const webUrl = absoluteUrl(site, storyPath(base, entry.id));
    prepared.set(entry.id, {
      entry,
      blocks: parseStory(entry.source, entry.file).blocks,
      webUrl,
      qrPng: await writeQrPng(webUrl, qrDir),
    });
  }
  return prepared;
}

/** The print shop's file of an edition whose cover runs to the edge: its cover colour must reach the bleed. */
async function printFile(entry: EditionEntry, title: string, pdf: Uint8Array): Promise<Uint8Array> {
  const print = await makePrintFile(pdf, { title, ink: entry.edition.grayscale ? 'black' : 'registration' });
  if (!print.bleedFills[1]) throw new Error(`印厂版 ${entry.id}-print.pdf：封面的底色没有铺到裁切边，无法加出血。`);
  return print.pdf;
}

/** Typesets every edition into `downloadsDir` and returns what the web reader needs to know. */
export async function produceEditions(projectRoot: string, downloadsDir: string, qrDir: string): Promise<DownloadsManifest> {
  const stories = await loadStories(projectRoot);
  const editions = await loadEditions(projectRoot);
  const chosen = new Map(editions.map((e) => [e.id, resolveEdition(e, stories)]));
  const used = [...new Set([...chosen.values()].flat())];
  const prepared = await prepareStories(used, qrDir);
  const fonts = defaultFontConfig();
  const measurer = await loadFontSet(fonts);
  const warning = placeholderSiteWarning();
  if (warning) console.warn(warning);
  const manifest: DownloadsManifest = { editions: {} };
  await mkdir(downloadsDir, { recursive: true });
  for (const entry of editions) {
    const list = chosen.get(entry.id)!.map((s) => prepared.get(s.id)!);
    const book = assembleBook({
      edition: entry,
      stories: list,
      foreword: parseYamlMarkdown(entry, 'foreword'),
      backCover: parseYamlMarkdown(entry, 'backCover'),
      fonts,
      measurer,
    });
    let result;
    try {
      result = await typesetBook(book);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`排版读本 ${path.relative(projectRoot, entry.file)}（${book.meta.title}）失败：\n${why}`);
    }
    const pdf = await describePdf(downloadsDir, `${entry.id}.pdf`, result.pdf);
    const booklet = entry.edition.booklet
      ? await describePdf(
          downloadsDir,
          `${entry.id}-booklet.pdf`,
          (await imposeBooklet(result.pdf, { keepLastPage: true, title: book.meta.title, date: book.meta.date })).pdf,
        )
      : null;
    const print = coverRunsToEdge(entry) ? await describePdf(downloadsDir, `${entry.id}-print.pdf`, await printFile(entry, book.meta.title, result.pdf)) : null;
    manifest.editions[entry.id] = {
      id: entry.id,
      title: book.meta.title,
      pdf,
      booklet,
      print,
      stories: list.map((s) => s.entry.id),
      // Only the stories: the foreword's page is numbered in roman and is not in the contents.
      storyPages: Object.fromEntries(list.map((s) => [s.entry.id, result.storyPages[s.entry.id]])),
    };
  }
  await writeFile(path.join(downloadsDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Pipeline stage (before the Astro site): typesets the PDF editions. Astro empties its outDir, so the
 * files are staged beside it and installed by `installEditionDownloads` after the site is built.
 */
export async function buildEditions(projectRoot: string, outDir: string): Promise<void> {
  const staging = editionsStagingDir(outDir);
  await rm(staging, { recursive: true, force: true });
  // If a later stage fails, installEditionDownloads never runs: remove the staged files at exit anyway.
  process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
  await produceEditions(projectRoot, path.join(staging, 'downloads'), path.join(staging, 'qr'));
  process.env[EDITIONS_DIR_ENV] = staging;
}

/** Copies the staged PDFs and manifest into outDir/downloads once Astro has written the site. */
export async function installEditionDownloads(_projectRoot: string, outDir: string): Promise<void> {
  const staging = editionsStagingDir(outDir);
  await cp(path.join(staging, 'downloads'), path.join(outDir, 'downloads'), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  delete process.env[EDITIONS_DIR_ENV];
}
