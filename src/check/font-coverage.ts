import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultFontConfig, loadFontSet, type FontConfig } from './engine.ts';

/** Whether the PDF fonts can draw characters. */
export interface FontCoverage {
  /** The characters of `characters` that no print font can draw. */
  missing(characters: Iterable<string>): Promise<Set<string>>;
}

/**
 * The print editions' own font set (render's loadFontSet with the default config) decides: a character is
 * drawable when the body face or one of its fallbacks has it, exactly as the engine decides.
 *
 * Loading fontkit and four CJK fonts costs more than the rest of `npm run check` together, so answers are
 * kept in a small cache file keyed by the font files (path, size, modification time) and the fallback
 * order. The fonts are only opened when content contains a character the cache has not seen yet.
 */
export function printFontCoverage(cacheDir: string): FontCoverage {
  const config = defaultFontConfig();
  const key = fingerprint(config);
  const cacheFile = path.join(cacheDir, 'glyph-coverage.json');
  // One question at a time: two checks ask at once (glyphs, invisible characters), and each writes the cache file.
  const missingFrom = async (characters: Iterable<string>): Promise<Set<string>> => {
    const cache = await readCache(cacheFile, key);
    const unknown = [...new Set(characters)].filter((c) => !cache.drawable.has(c) && !cache.missing.has(c));
    if (unknown.length) {
      const fonts = await loadPrintFonts(config);
      for (const c of unknown) (fonts.resolve(c, config.roles.body) === undefined ? cache.missing : cache.drawable).add(c);
      await writeCache(cacheFile, key, cache);
    }
    return new Set([...characters].filter((c) => cache.missing.has(c)));
  };
  return {
    missing(characters) {
      const answer = asked.then(() => missingFrom(characters));
      asked = answer.catch(() => undefined);
      return answer;
    },
  };
}

let asked: Promise<unknown> = Promise.resolve();

/** The print fonts' coverage, its answers kept in this checkout's node_modules/.cache between runs. */
export function checkoutFontCoverage(): FontCoverage {
  return printFontCoverage(path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'jdxh-check'));
}

let fontSet: Promise<{ resolve(grapheme: string, preferred: string): string | undefined }> | undefined;

function loadPrintFonts(config: FontConfig) {
  fontSet ??= loadFontSet(config);
  return fontSet;
}

function fingerprint(config: FontConfig): string {
  const faces = Object.entries(config.faces).map(([id, face]) => {
    const stat = statSync(face.file);
    return `${id}:${face.file}:${stat.size}:${Math.round(stat.mtimeMs)}`;
  });
  return JSON.stringify({ faces, body: config.roles.body, fallback: config.fallback });
}

type Cache = { drawable: Set<string>; missing: Set<string> };

async function readCache(file: string, key: string): Promise<Cache> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { key: string; drawable: string; missing: string[] };
    if (stored.key === key) return { drawable: new Set(stored.drawable), missing: new Set(stored.missing) };
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return { drawable: new Set(), missing: new Set() };
}

async function writeCache(file: string, key: string, cache: Cache): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ key, drawable: [...cache.drawable].sort().join(''), missing: [...cache.missing].sort() }));
    await rename(temporary, file);
  } catch {
    // A read-only checkout still checks correctly, only more slowly.
  }
}
