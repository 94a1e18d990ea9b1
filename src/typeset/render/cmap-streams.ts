import type { FontEncoding } from './font-encoding.ts';

// The text of the two CMaps of an embedded font (PDF 32000 §9.7.5 and §9.10.3; Adobe TN 5014 and 5411).
// A CMap block holds at most 100 entries.

const hexBytes = (s: string) => Buffer.from(s, 'latin1').toString('hex').toUpperCase();

function codespace(encoding: FontEncoding): string[] {
  const ranges = [`<00> <${encoding.lastSingle.toString(16).toUpperCase().padStart(2, '0')}>`];
  if (encoding.firstLead <= 0xff) ranges.push(`<${encoding.firstLead.toString(16).toUpperCase()}00> <FFFF>`);
  return [`${ranges.length} begincodespacerange`, ...ranges, 'endcodespacerange'];
}

function blocks(entries: string[], begin: string, end: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    out.push(`${block.length} ${begin}`, ...block, end);
  }
  return out;
}

function cmapFile(name: string, ordering: string, type: number, body: string[]): string {
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 0 >> def`,
    `/CMapName /${name} def`,
    `/CMapType ${type} def`,
    ...body,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    '',
  ].join('\n');
}

/** Runs of slots whose codes are consecutive (same length, same leading bytes, last byte + 1). */
function codeRuns(encoding: FontEncoding): Array<[first: number, last: number]> {
  const runs: Array<[number, number]> = [];
  let start = 1;
  for (let cid = 2; cid <= encoding.codes.length; cid++) {
    const prev = encoding.codes[cid - 1]!;
    const code = encoding.codes[cid];
    const consecutive =
      code !== undefined &&
      code.length === prev.length &&
      code.slice(0, -1) === prev.slice(0, -1) &&
      code.charCodeAt(code.length - 1) === prev.charCodeAt(prev.length - 1) + 1;
    if (!consecutive) {
      runs.push([start, cid - 1]);
      start = cid;
    }
  }
  return runs;
}

/** The encoding CMap: code → CID, as ranges of consecutive codes (a handful per lead byte). */
export function encodingCMap(encoding: FontEncoding, name: string): string {
  const ranges = codeRuns(encoding).map(
    ([first, last]) => `<${hexBytes(encoding.codes[first]!)}> <${hexBytes(encoding.codes[last]!)}> ${encoding.cids[first]}`,
  );
  return cmapFile(name, 'Identity', 1, ['/WMode 0 def', ...codespace(encoding), ...blocks(ranges, 'begincidrange', 'endcidrange')]);
}

/** Text as UTF-16BE hex digits (no byte-order mark). */
export const utf16 = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();

/** The ToUnicode CMap: code → UTF-16BE text, each run of consecutive codes as one range with an array. */
export function toUnicodeCMap(encoding: FontEncoding): string {
  const ranges = codeRuns(encoding).map(
    ([first, last]) =>
      `<${hexBytes(encoding.codes[first]!)}> <${hexBytes(encoding.codes[last]!)}> [` +
      encoding.unicode.slice(first, last + 1).map((text) => `<${utf16(text)}>`).join('') +
      ']',
  );
  return cmapFile('Adobe-Identity-UCS', 'UCS', 2, [...codespace(encoding), ...blocks(ranges, 'beginbfrange', 'endbfrange')]);
}

/**
 * CIDToGIDMap stream data: the glyph id in the subset of each CID up to the highest, two bytes big-endian (0 if
 * unused). `subsetGlyphIds` is by slot, like the encoding's arrays.
 */
export function cidToGidMap(encoding: FontEncoding, subsetGlyphIds: number[]): Uint8Array {
  const out = Buffer.alloc((Math.max(...encoding.cids) + 1) * 2);
  subsetGlyphIds.forEach((gid, slot) => out.writeUInt16BE(gid, encoding.cids[slot]! * 2));
  return out;
}
