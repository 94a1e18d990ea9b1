/**
 * `Number(x.toFixed(4))`, the value Tc is written as, without making a string for most x: a line's glyph gaps
 * are rounded one by one (180,000 for a 500-page book), and toFixed is slow. Where `x * 10000` lies within
 * floating-point noise of a tie (or rounds to zero, for the sign), toFixed itself decides.
 */
export function round4(x: number): number {
  const scaled = x * 10000;
  const rounded = Math.round(scaled);
  const nearTie = Math.abs(Math.abs(scaled - Math.trunc(scaled)) - 0.5) < 1e-6;
  if (rounded === 0 || nearTie || !(Math.abs(x) < 1e6)) return Number(x.toFixed(4));
  return rounded / 10000;
}
