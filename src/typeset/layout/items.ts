import type { PageItem } from '../model/index.ts';

/** The same items moved by (dx, dy). */
export function shiftItems(items: PageItem[], dx: number, dy: number): PageItem[] {
  return items.map((item) => shiftItem(item, dx, dy));
}

export function shiftItem(item: PageItem, dx: number, dy: number): PageItem {
  switch (item.kind) {
    case 'glyphs':
      return { ...item, y: item.y + dy, glyphs: item.glyphs.map((g) => ({ text: g.text, x: g.x + dx })) };
    case 'rule':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'rect':
    case 'image':
      return { ...item, x: item.x + dx, y: item.y + dy };
    case 'link':
      return { ...item, x: item.x + dx, y: item.y + dy, target: 'page' in item.target ? { ...item.target } : item.target };
  }
}
