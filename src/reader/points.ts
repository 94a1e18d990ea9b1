/** PDF points in a millimetre. */
export const MM = 72 / 25.4;

/** A length in pt to 0.01 pt: page boxes and margins, written as short numbers. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A number as content-stream text: at most 3 decimals, no exponent, no "-0". */
export function pdfNumber(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}
