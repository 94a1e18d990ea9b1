import type { PageSettings } from '../model/index.ts';

/**
 * The page geometry every stage shares: the measure is a whole number of ems (so plain Chinese needs no
 * adjustment) and the text block holds a whole number of line-pitch slots (body baselines sit on that grid).
 */
export interface Frame {
  pageWidth: number;
  pageHeight: number;
  size: number;
  /** Small reading type (captions, bylines): see smallTextSize. */
  small: number;
  pitch: number;
  measure: number;
  lines: number;
  /** Top of the text block. */
  top: number;
  /** Left edge of the text block on right-hand (recto) and left-hand (verso) pages. */
  leftRecto: number;
  leftVerso: number;
}

/** Baseline of a line of `size` centred in a band of slots starting at `bandTop`; CJK faces' em box is 0.88/0.12. */
export function baselineIn(bandTop: number, bandHeight: number, size: number): number {
  return bandTop + (bandHeight - size) / 2 + size * 0.88;
}

/** Small reading type against the body size… */
const SMALL_TYPE_SCALE = 0.9;

/** …never under the page's minReadingSize: the size of captions and bylines. */
export function smallTextSize(page: PageSettings): number {
  return Math.max(page.bodySize * SMALL_TYPE_SCALE, page.minReadingSize ?? 0);
}

export function frameOf(page: PageSettings): Frame {
  const size = page.bodySize;
  const pitch = size * page.linePitch;
  const available = page.width - page.margins.inner - page.margins.outer;
  const ems = Math.floor(available / size + 1e-9);
  if (ems < 8) throw new Error(`版心太窄：只能排 ${ems} 个字，请减小页边距或字号（PageSettings）。`);
  const measure = ems * size;
  const spare = (available - measure) / 2;
  const height = page.height - page.margins.top - page.margins.bottom;
  const lines = Math.floor(height / pitch + 1e-9);
  if (lines < 8) throw new Error(`版心太矮：每页只能排 ${lines} 行，请减小上下页边距或行距（PageSettings）。`);
  return {
    pageWidth: page.width,
    pageHeight: page.height,
    size,
    small: smallTextSize(page),
    pitch,
    measure,
    lines,
    top: page.margins.top + (height - lines * pitch) / 2,
    leftRecto: page.margins.inner + spare,
    leftVerso: page.margins.outer + spare,
  };
}
