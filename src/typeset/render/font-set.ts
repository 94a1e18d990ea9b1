import { access } from 'node:fs/promises';
import type { FontConfig, Measurer } from '../model/fonts.ts';
import { loadFace, type LoadedFace } from './font-face.ts';

/**
 * The faces of a FontConfig: measures for layout (Measurer) and hands the writer each face's file. A face is
 * read when first asked for: a book rarely draws in all of them, and each is 10–15 MB.
 */
export class FontSet implements Measurer {
  readonly config: FontConfig;
  private readonly faces = new Map<string, LoadedFace>();
  private readonly resolved = new Map<string, Map<string, string | undefined>>();
  // Per preferred face, single BMP characters: 0 = not yet resolved, 255 = no face, else 1 + index in searchOrder.
  private readonly resolvedBmp = new Map<string, Uint8Array>();
  private readonly searchOrders = new Map<string, string[]>();

  constructor(config: FontConfig) {
    this.config = config;
  }

  face(id: string): LoadedFace {
    let face = this.faces.get(id);
    if (!face) {
      const spec = this.config.faces[id];
      if (!spec) throw new Error(`未知的字体编号“${id}”：FontConfig.faces 里只有 ${Object.keys(this.config.faces).join('、')}`);
      face = loadFace(spec.file, spec.family);
      this.faces.set(id, face);
    }
    return face;
  }

  /** The preferred face, then the fallback chain: the first face whose cmap has every drawn code point. */
  resolve(grapheme: string, preferred: string): string | undefined {
    if (grapheme.length === 1) return this.resolveBmp(grapheme, preferred);
    let cache = this.resolved.get(preferred);
    if (!cache) {
      cache = new Map();
      this.resolved.set(preferred, cache);
    }
    if (cache.has(grapheme)) return cache.get(grapheme);
    let found: string | undefined;
    for (const id of this.searchOrder(preferred)) {
      if (this.face(id).covers(grapheme)) {
        found = id;
        break;
      }
    }
    cache.set(grapheme, found);
    return found;
  }

  private resolveBmp(grapheme: string, preferred: string): string | undefined {
    let table = this.resolvedBmp.get(preferred);
    if (!table) {
      table = new Uint8Array(0x10000);
      this.resolvedBmp.set(preferred, table);
    }
    const code = grapheme.charCodeAt(0);
    const order = this.searchOrder(preferred);
    if (table[code] === 0) {
      const index = order.findIndex((id) => this.face(id).covers(grapheme));
      table[code] = index < 0 ? 255 : index + 1;
    }
    return table[code] === 255 ? undefined : order[table[code]! - 1];
  }

  /** Faces tried for `preferred`, in order, without repeats. */
  searchOrder(preferred: string): string[] {
    let order = this.searchOrders.get(preferred);
    if (!order) {
      order = [...new Set([preferred, ...this.config.fallback])];
      this.searchOrders.set(preferred, order);
    }
    return order;
  }

  /** Advance in pt at `size` pt, from hmtx. */
  advance(grapheme: string, font: string, size: number): number {
    return this.face(font).advanceEm(grapheme) * size;
  }
}

/** Checks the config: every id it uses names a face, and every face's file can be read. */
export async function loadFontSet(config: FontConfig): Promise<FontSet> {
  const ids = Object.keys(config.faces);
  for (const id of [...Object.values(config.roles), ...config.fallback]) {
    if (id !== undefined && !config.faces[id]) {
      throw new Error(`FontConfig 引用了未定义的字体编号“${id}”：请在 faces 里加上它，或改用 ${ids.join('、')}`);
    }
  }
  await Promise.all(ids.map((id) => access(config.faces[id]!.file)));
  return new FontSet(config);
}
