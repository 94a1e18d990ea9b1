import type { Root } from 'mdast';
import { existsSync, globSync } from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { parseMarkdown } from './markdown.ts';
import type { Problem } from './problem.ts';
import { readContentText } from './read-text.ts';
import { LineIndex } from './source-text.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-source.ts';
import type { FieldLocator } from './validate.ts';

export type EntryCollection = 'news' | 'pages' | 'stories';
export type DataCollection = 'editions' | 'branches' | 'site' | 'proofread';

/** A Markdown or MDX content file, parsed once and shared by every check. */
export interface ContentEntry {
  kind: 'entry';
  collection: EntryCollection;
  /** Project-relative path with forward slashes, as shown in messages. */
  file: string;
  absolutePath: string;
  /** The id Astro's glob loader gives the entry (its URL slug). */
  id: string;
  isMdx: boolean;
  source: string;
  lines: LineIndex;
  tree?: Root;
  frontmatter?: { yaml: LocatedYaml; offset: number; fenceOffset: number };
  syntaxError?: { line: number; column: number; reason: string };
  where: FieldLocator;
}

/** A YAML data file (site.yaml, branches.yaml, an edition, proofread.yaml). */
export interface DataFile {
  kind: 'data';
  collection: DataCollection;
  file: string;
  absolutePath: string;
  /** For editions: the file name without extension. */
  id: string;
  source: string;
  lines: LineIndex;
  yaml: LocatedYaml;
  where: FieldLocator;
}

export interface Corpus {
  projectRoot: string;
  contentDir: string;
  entries: ContentEntry[];
  data: DataFile[];
  /** Files that are not UTF-8 text (GBK, a renamed .docx…): reported once each and left out of every other check. */
  unreadable: Problem[];
}

const ENTRY_COLLECTIONS: EntryCollection[] = ['news', 'pages', 'stories'];

/** Reads and parses every content file under `content/` (files and folders starting with `_` are ignored, as in Astro). */
export async function loadCorpus(projectRoot: string, contentDir = path.join(projectRoot, 'content')): Promise<Corpus> {
  const entryFiles = ENTRY_COLLECTIONS.flatMap((collection) =>
    listFiles(path.join(contentDir, collection), '**/*.{md,mdx}').map((abs) => ({ collection, abs })),
  );
  const dataFiles: { collection: DataCollection; abs: string }[] = [
    ...listFiles(path.join(contentDir, 'editions'), '*.{yaml,yml}').map((abs) => ({ collection: 'editions' as const, abs })),
    ...(['branches', 'site', 'proofread'] as const)
      .map((name) => ({ collection: name, abs: path.join(contentDir, `${name}.yaml`) }))
      .filter((f) => existsSync(f.abs)),
  ];
  const unreadable: Problem[] = [];
  const readText = async (abs: string): Promise<string | undefined> => {
    const read = await readContentText(abs);
    if ('text' in read) return read.text;
    unreadable.push({ file: relativeFile(projectRoot, abs), level: 'error', rule: 'encoding', ...read.unreadable });
    return undefined;
  };
  const entries = await Promise.all(
    entryFiles.map(async ({ collection, abs }) => {
      const source = await readText(abs);
      return source === undefined ? undefined : loadEntry(projectRoot, contentDir, collection, abs, source);
    }),
  );
  const data = await Promise.all(
    dataFiles.map(async ({ collection, abs }) => {
      const source = await readText(abs);
      return source === undefined ? undefined : loadData(projectRoot, collection, abs, source);
    }),
  );
  return {
    projectRoot,
    contentDir,
    entries: entries.filter((e) => e !== undefined),
    data: data.filter((d) => d !== undefined),
    unreadable,
  };
}

function listFiles(dir: string, pattern: string): string[] {
  if (!existsSync(dir)) return [];
  return globSync(pattern, { cwd: dir })
    .filter((rel) => !rel.split(/[\\/]/).some((part) => part.startsWith('_')))
    .sort()
    .map((rel) => path.join(dir, rel));
}

/** The text of the 1-based `line` of `source`. */
function lineAt(source: string, line: number): string {
  return source.split('\n')[line - 1]?.replace(/\r$/, '') ?? '';
}

export function relativeFile(projectRoot: string, abs: string): string {
  return path.relative(projectRoot, abs).split(path.sep).join('/');
}

/** Astro's glob loader id: each path segment slugified (github-slugger), extension dropped, `/index` removed. */
export function entryId(collectionDir: string, abs: string): string {
  const rel = path.relative(collectionDir, abs).replace(/\.(md|mdx)$/, '');
  return rel
    .split(path.sep)
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

function loadEntry(projectRoot: string, contentDir: string, collection: EntryCollection, abs: string, source: string): ContentEntry {
  const lines = new LineIndex(source);
  const isMdx = abs.endsWith('.mdx');
  const parsed = parseMarkdown(source, isMdx);
  const frontmatter = parsed.frontmatter && {
    yaml: parseLocatedYaml(parsed.frontmatter.text),
    offset: parsed.frontmatter.offset,
    fenceOffset: parsed.frontmatter.fenceOffset,
  };
  const at = (offset: number) => lines.locate(offset < 0 ? (frontmatter?.fenceOffset ?? 0) : (frontmatter?.offset ?? 0) + offset);
  return {
    kind: 'entry',
    collection,
    file: relativeFile(projectRoot, abs),
    absolutePath: abs,
    id: entryId(path.join(contentDir, collection), abs),
    isMdx,
    source,
    lines,
    tree: parsed.tree,
    frontmatter,
    syntaxError: parsed.syntaxError,
    where: {
      key: (p) => at(frontmatter ? frontmatter.yaml.offsetOf(p) : -1),
      value: (p) => at(frontmatter ? frontmatter.yaml.valueOffsetOf(p) : -1),
      line: (p) => lineAt(source, at(frontmatter ? frontmatter.yaml.offsetOf(p) : -1).line),
    },
  };
}

function loadData(projectRoot: string, collection: DataCollection, abs: string, source: string): DataFile {
  const lines = new LineIndex(source);
  const yaml = parseLocatedYaml(source);
  const at = (offset: number) => lines.locate(Math.max(0, offset));
  return {
    kind: 'data',
    collection,
    file: relativeFile(projectRoot, abs),
    absolutePath: abs,
    id: path.basename(abs).replace(/\.(yaml|yml)$/, ''),
    source,
    lines,
    yaml,
    where: { key: (p) => at(yaml.offsetOf(p)), value: (p) => at(yaml.valueOffsetOf(p)), line: (p) => lineAt(source, at(yaml.offsetOf(p)).line) },
  };
}
