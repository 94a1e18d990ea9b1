import { closeSync, openSync } from 'node:fs';
import { readExactly } from './read-exactly.ts';

/**
 * Reads some tables of a TrueType/OpenType file into a small font file of their own (same tags, same data,
 * offsets rewritten), which fontkit and sfnt-metrics.ts read like the whole file. A Chinese face is 10–15 MB,
 * nearly all of it outlines (`glyf`) that measuring never reads: only the subsetter needs those, and it reads
 * the file itself.
 */
export function readSfntTables(file: string, tags: readonly string[]): Buffer {
  const fd = openSync(file, 'r');
  try {
    const read = (length: number, position: number, into = Buffer.alloc(length), at = 0) => {
      readExactly(fd, file, into, at, length, position);
      return into;
    };
    const header = read(12, 0);
    const version = header.readUInt32BE(0);
    if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) {
      throw new Error(`${file} 不是 TrueType/OpenType 字体文件（字体集 .ttc、WOFF 等请先转换成单个 .ttf/.otf）`);
    }
    const directory = read(16 * header.readUInt16BE(4), 12);
    const kept: Array<{ record: Buffer; offset: number; length: number }> = [];
    for (let record = 0; record < directory.length; record += 16) {
      if (!tags.includes(directory.toString('latin1', record, record + 4))) continue;
      kept.push({ record: directory.subarray(record, record + 16), offset: directory.readUInt32BE(record + 8), length: directory.readUInt32BE(record + 12) });
    }

    let size = 12 + 16 * kept.length;
    const offsets = kept.map(({ length }) => {
      const offset = size;
      size += (length + 3) & ~3; // tables start on four-byte boundaries
      return offset;
    });
    const out = Buffer.alloc(size);
    header.copy(out, 0, 0, 4);
    const entrySelector = kept.length ? Math.floor(Math.log2(kept.length)) : 0;
    const searchRange = kept.length ? 16 * 2 ** entrySelector : 0;
    out.writeUInt16BE(kept.length, 4);
    out.writeUInt16BE(searchRange, 6);
    out.writeUInt16BE(entrySelector, 8);
    out.writeUInt16BE(16 * kept.length - searchRange, 10);
    kept.forEach(({ record, offset, length }, i) => {
      const at = 12 + 16 * i;
      record.copy(out, at, 0, 8); // tag and checksum
      out.writeUInt32BE(offsets[i]!, at + 8);
      out.writeUInt32BE(length, at + 12);
      read(length, offset, out, offsets[i]!);
    });
    return out;
  } finally {
    closeSync(fd);
  }
}
