import type { Edition } from '../schemas/edition.ts';
import { MM, round2 } from './points.ts';
import { GB40070_MINIMUMS, TRIM_MM, strictestAudience, type TrimSize } from '../schemas/vocabulary.ts';
import type { PageSettings } from '../typeset/index.ts';


/** Margins in mm that suit each trim: generous on A4, tighter on A5 so large print still fits a useful line. */
const MARGINS_MM: Record<TrimSize, { top: number; bottom: number; inner: number; outer: number }> = {
  A4: { top: 25, bottom: 25, inner: 25, outer: 20 },
  A5: { top: 18, bottom: 20, inner: 18, outer: 14 },
  '16开': { top: 22, bottom: 22, inner: 22, outer: 18 },
};

/**
 * Page geometry for an edition. The text block is trimmed to a whole number of ems of the body size
 * (TYPESETTING.md: plain Chinese then needs no adjustment); the leftover goes back to the margins.
 * Reading text is set no smaller than the strictest audience's GB 40070-2021 floor.
 */
export function pageSettings(edition: Edition): PageSettings {
  const trim = TRIM_MM[edition.trim];
  const m = MARGINS_MM[edition.trim];
  const width = round2(trim.width * MM);
  const height = round2(trim.height * MM);
  const available = width - (m.inner + m.outer) * MM;
  const measure = Math.floor(available / edition.bodySize) * edition.bodySize;
  const spare = available - measure;
  return {
    width,
    height,
    margins: {
      top: round2(m.top * MM),
      bottom: round2(m.bottom * MM),
      inner: round2(m.inner * MM + spare / 2),
      outer: round2(m.outer * MM + spare / 2),
    },
    bodySize: edition.bodySize,
    linePitch: edition.linePitch,
    grayscale: edition.grayscale,
    // Captions, bylines and notes are read too: none is set under the floor the body is held to.
    minReadingSize: GB40070_MINIMUMS[strictestAudience(edition.audience, 'bodyPt')].bodyPt,
  };
}

/** 开本 as printed on the 版本记录页, e.g. "A5（148 mm × 210 mm）". */
export function trimLabel(trim: TrimSize): string {
  const { width, height } = TRIM_MM[trim];
  return `${trim}（${width} mm × ${height} mm）`;
}
