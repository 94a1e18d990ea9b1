/**
 * Glyph advances read straight from a TrueType/OpenType file's `hmtx` (fontkit decodes each entry through
 * restructure, about a microsecond of allocation per lookup, which adds up over a book).
 */
export function horizontalAdvances(bytes: Uint8Array): (gid: number) => number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(bytes[record]!, bytes[record + 1]!, bytes[record + 2]!, bytes[record + 3]!);
    tables.set(tag, view.getUint32(record + 8));
  }
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  if (hhea === undefined || hmtx === undefined) throw new Error('字体文件缺少 hhea 或 hmtx 表，无法测量字宽');
  const longMetrics = view.getUint16(hhea + 34);
  // Glyphs past the long metrics share the last advance (monospaced tails).
  const lastAdvance = longMetrics > 0 ? view.getUint16(hmtx + (longMetrics - 1) * 4) : 0;
  return (gid) => (gid < longMetrics ? view.getUint16(hmtx + gid * 4) : lastAdvance);
}
