import type { Color } from '../model/pages.ts';

/** A number as PDF content-stream text: at most 3 decimals, no exponent, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** Rec. 601 luma: how a colour prints on a black-and-white press. */
export function toGray(c: Color): number {
  return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
}

/**
 * Fill (`rg`/`g`) or stroke (`RG`/`G`) colour operator. A neutral colour is gray even in a colour book: a
 * print shop converts RGB black to four-colour "rich black", which blurs small text when the plates are
 * slightly out of register and bills text pages as colour; DeviceGray prints on the black plate alone.
 */
export function colorOp(c: Color, grayscale: boolean, stroke: boolean): string {
  const [r, g, b] = [num(c.r), num(c.g), num(c.b)];
  if (grayscale || (r === g && g === b)) return `${grayscale ? num(toGray(c)) : r} ${stroke ? 'G' : 'g'}`;
  return `${r} ${g} ${b} ${stroke ? 'RG' : 'rg'}`;
}

export function hex4(gid: number): string {
  return gid.toString(16).padStart(4, '0');
}
