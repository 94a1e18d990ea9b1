import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readExactly } from './read-exactly.ts';

/**
 * Font subsetting with harfbuzz's own WebAssembly build (harfbuzzjs), called directly rather than through
 * subset-font: the face file is read from disk straight into harfbuzz's memory, so the thread never holds it
 * as a JavaScript buffer (subset-font takes a buffer and copies it once more on the way in, 10–15 MB a face).
 * The calls are the ones subset-font 2.9 makes for these options, so the subsets are the same bytes.
 */

// We draw by cmap and never shape, so layout tables are dead weight in the PDF; so is hinting (fpgm, prep,
// cvt, gasp and glyph instructions: printers and viewers scale outlines far above hinting sizes).
const UNUSED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'JSTF', 'MATH', 'DSIG', 'gasp', 'vhea', 'vmtx'];

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

interface Harfbuzz {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

let harfbuzz: Harfbuzz | undefined;

/** Loads and starts harfbuzz (once per thread). */
export function loadHarfbuzz(): Harfbuzz {
  if (!harfbuzz) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm));
    harfbuzz = instance.exports as unknown as Harfbuzz;
    harfbuzz._initialize();
  }
  return harfbuzz;
}

const tag = (name: string) => [...name].reduce((value, ch) => (value << 8) + ch.charCodeAt(0), 0);

/** A TrueType subset of the face file `file` holding exactly the glyphs of `codePoints` (sorted), made by harfbuzz. */
export function harfbuzzSubset(file: string, codePoints: number[]): Uint8Array {
  const hb = loadHarfbuzz();
  const font = readIntoHarfbuzz(hb, file);
  const face = hb.hb_face_create(font.blob, 0);
  hb.hb_blob_destroy(font.blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('harfbuzz 无法创建子集参数（hb_subset_input_create_or_fail）');
    // Every layout feature kept, as subset-font does by default (moot with the layout tables dropped, but the
    // same input makes the same bytes).
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const name of UNUSED_TABLES) hb.hb_set_add(dropped, tag(name));
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);

    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error(`harfbuzz 无法为字体文件 ${file} 做子集（hb_subset_or_fail），文件可能已损坏`);
    const blob = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(blob);
    const bytes = length ? new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), length).slice() : undefined;
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
    if (!bytes) throw new Error(`harfbuzz 为字体文件 ${file} 做出的子集是空的，文件可能已损坏`);
    return bytes;
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(font.pointer);
  }
}

/** The file read into harfbuzz's memory, as a blob that does not own it (free `pointer` after the face). */
function readIntoHarfbuzz(hb: Harfbuzz, file: string): { pointer: number; blob: number } {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const pointer = hb.malloc(size);
    if (!pointer) throw new Error(`harfbuzz 的内存放不下字体文件 ${file}（${size} 字节）`);
    // A view taken after malloc: growing the memory would have detached an earlier one.
    try {
      readExactly(fd, file, new Uint8Array(hb.memory.buffer, pointer, size), 0, size, 0);
    } catch (error) {
      hb.free(pointer);
      throw error;
    }
    return { pointer, blob: hb.hb_blob_create(pointer, size, HB_MEMORY_MODE_WRITABLE, 0, 0) };
  } finally {
    closeSync(fd);
  }
}
