import type { Atom } from './atoms.ts';

/** The two halves of a 破折号 —— or 省略号 ……: one mark, never letter-spaced apart. */
export function isDoubledMark(a: Atom, b: Atom): boolean {
  return a.text === b.text && (a.text === '—' || a.text === '…' || a.text === '⋯');
}

/** Whether the junction after atom `k` takes letter-spacing when a line is spread (not inside a word or a mark). */
export function isSpreadJunction(atoms: Atom[], k: number): boolean {
  const a = atoms[k];
  const b = atoms[k + 1];
  return !a.wordInner && a.gapAfter === 0 && a.kind !== 'space' && b.kind !== 'space' && !isDoubledMark(a, b);
}

/**
 * A mark with no mark beside it. Only such a mark may give up its whole blank half (to ½ em) in a tight line:
 * a mark beside another has given its blank to the pair already, which stays at 1.5 em.
 */
export function isLoneMark(atoms: Atom[], k: number): boolean {
  return atoms[k].midShrink > 0 && atoms[k - 1]?.kind !== 'punct' && atoms[k + 1]?.kind !== 'punct';
}
