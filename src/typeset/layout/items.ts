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

/**
 * Moves items in place: for the final placement of laid-out units, which nothing reads afterwards (saves
 * copying every glyph of the book once more).
 */
export function moveItemsInPlace(items: PageItem[], dx: number, dy: number): PageItem[] {
  for (const item of items) {
    switch (item.kind) {
      case 'glyphs':
        item.y += dy;
        for (const g of item.glyphs) g.x += dx;
        break;
      case 'rule':
        item.x1 += dx;
        item.x2 += dx;
        item.y1 += dy;
        item.y2 += dy;
        break;
      default:
        item.x += dx;
        item.y += dy;
    }
  }
  return items;
}
