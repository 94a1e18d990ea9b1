import { pdfNumber } from './points.ts';

/** An axis-aligned box in page space (pt): left, bottom, right, top. */
export interface Box {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** a b c d e f of a PDF transformation matrix. */
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `n` (PDF: CTM' = m × CTM). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

interface Token {
  kind: 'number' | 'operator' | 'other';
  text: string;
  start: number;
  end: number;
}

const WHITE = /[\0\t\n\f\r ]/;
const DELIMITER = /[()<>[\]{}/%]/;

/**
 * The tokens of a content stream that matter for paths: numbers and operators (strings, names, arrays and
 * inline dictionaries are skipped as `other`, so a `re` inside a string is never mistaken for an operator).
 */
function* tokens(s: string): Generator<Token> {
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (WHITE.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    } else if (c === '(') {
      const start = i;
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      i++;
      yield { kind: 'other', text: s.slice(start, i), start, end: i };
    } else if (c === '<' && s[i + 1] !== '<') {
      const start = i;
      i = s.indexOf('>', i) + 1 || s.length;
      yield { kind: 'other', text: s.slice(start, i), start, end: i };
    } else if ((c === '<' || c === '>') && s[i + 1] === c) {
      yield { kind: 'other', text: c + c, start: i, end: i + 2 };
      i += 2;
    } else if (c === '/') {
      const start = i++;
      while (i < s.length && !WHITE.test(s[i]) && !DELIMITER.test(s[i])) i++;
      yield { kind: 'other', text: s.slice(start, i), start, end: i };
    } else if (DELIMITER.test(c)) {
      yield { kind: 'other', text: c, start: i, end: i + 1 };
      i++;
    } else {
      const start = i;
      while (i < s.length && !WHITE.test(s[i]) && !DELIMITER.test(s[i])) i++;
      const text = s.slice(start, i);
      yield { kind: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? 'number' : 'operator', text, start, end: i };
    }
  }
}

interface PathRect {
  operands: Token[];
  x: number;
  y: number;
  w: number;
  h: number;
  ctm: Matrix;
}


const FILLS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const ENDS_PATH = new Set([...FILLS, 'S', 's', 'n']);
/** How close to the trim a fill's edge must come to count as touching it (content is written to 0.001 pt). */
const TOUCH = 0.01;

/**
 * The new `x y w h` of a filled rectangle whose side lies on (or past) the trim: that side moved out to the
 * bleed edge. Null when it touches no trim edge or is not axis-aligned on the page.
 */
function extendedRect(r: PathRect, trim: Box, bleed: number): string | null {
  const [a, b, c, d, e, f] = r.ctm;
  if (b !== 0 || c !== 0 || a === 0 || d === 0) return null;
  const xs = [a * r.x + e, a * (r.x + r.w) + e];
  const ys = [d * r.y + f, d * (r.y + r.h) + f];
  const box = { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
  const out = { ...box };
  if (box.left <= trim.left + TOUCH) out.left = Math.min(box.left, trim.left - bleed);
  if (box.bottom <= trim.bottom + TOUCH) out.bottom = Math.min(box.bottom, trim.bottom - bleed);
  if (box.right >= trim.right - TOUCH) out.right = Math.max(box.right, trim.right + bleed);
  if (box.top >= trim.top - TOUCH) out.top = Math.max(box.top, trim.top + bleed);
  if (out.left === box.left && out.bottom === box.bottom && out.right === box.right && out.top === box.top) return null;
  // Back into the rectangle's own user space.
  const ux = [(out.left - e) / a, (out.right - e) / a];
  const uy = [(out.bottom - f) / d, (out.top - f) / d];
  const x = Math.min(...ux);
  const y = Math.min(...uy);
  return [x, y, Math.max(...ux) - x, Math.max(...uy) - y].map(pdfNumber).join(' ');
}

/**
 * A page's content with every filled rectangle that reaches the trim (a full-bleed cover background, a band
 * along an edge) carried out to the bleed edge on the sides where it reaches it, so trimming leaves no white
 * sliver. Nothing else in the content changes. `extended` counts the rectangles moved.
 */
export function extendEdgeFills(content: string, trim: Box, bleed: number): { content: string; extended: number } {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let operands: Token[] = [];
  let path: PathRect[] = [];
  for (const token of tokens(content)) {
    if (token.kind !== 'operator') {
      operands.push(token);
      continue;
    }
    const op = token.text;
    const nums = operands.map((t) => Number(t.text));
    if (op === 'BI') throw new Error('出血处理：内容流里有内联图像（BI），无法处理。');
    if (op === 'q') stack.push(ctm);
    else if (op === 'Q') ctm = stack.pop() ?? IDENTITY;
    else if (op === 'cm' && operands.length === 6) ctm = multiply(nums as Matrix, ctm);
    else if (op === 're' && operands.length === 4 && operands.every((t) => t.kind === 'number')) {
      path.push({ operands, x: nums[0], y: nums[1], w: nums[2], h: nums[3], ctm });
    } else if (ENDS_PATH.has(op)) {
      if (FILLS.has(op)) {
        for (const r of path) {
          const text = extendedRect(r, trim, bleed);
          if (text !== null) edits.push({ start: r.operands[0].start, end: r.operands[3].end, text });
        }
      }
      path = [];
    }
    operands = [];
  }
  let out = content;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { content: out, extended: edits.length };
}
