import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PageItem } from '../../../src/typeset/model/pages.ts';
import { assignCodes, CodePointUsage, encodeGrapheme, widenedCode, type GlyphSource } from '../../../src/typeset/render/font-encoding.ts';
import { endText, initialTextState, textRunOperators, type TextState } from '../../../src/typeset/render/text-run.ts';

// A made-up face: Han characters 1 em, Latin 0.5 em, gids in order of the alphabet below.
const ALPHABET = [...'禁毒宣传，。：“”ABC12 　'];
const face: GlyphSource = {
  unitsPerEm: 1000,
  glyphId: (cp) => ALPHABET.findIndex((ch) => ch.codePointAt(0) === cp) + 1,
  glyphAdvance: (gid) => (/[A-Z0-9 ]/.test(ALPHABET[gid - 1]!) ? 500 : 1000),
};
const advanceOf = (ch: string) => (/[A-Z0-9 ]/.test(ch) ? 0.5 : 1);
// Used less and less in alphabet order: the codes are then one byte each, 0x01, 0x02, … (skipping LF).
const usage = new CodePointUsage();
ALPHABET.forEach((ch, i) => {
  for (let k = 0; k < ALPHABET.length - i; k++) usage.add('serif', ch.codePointAt(0)!);
});
const encoding = assignCodes('serif', face, ALPHABET.map((ch) => ch.codePointAt(0)!), usage);
/** The literal string the run writes for these characters. */
const str = (chars: string) => `(${[...chars].map((ch) => encodeGrapheme(encoding, ch).bytes).join('')})`;

/** Runs the operators the way a viewer does and returns each glyph's x. */
function simulate(ops: string, size: number): Array<{ gid: number; x: number }> {
  const placed: Array<{ gid: number; x: number }> = [];
  let tc = 0;
  // As poppler does: the Td moves since the last Tm are summed, then the Tm's x added.
  let matrixX = 0;
  let movedX = 0;
  let x = 0;
  // Marked-content spans (ActualText) are one token each, and move nothing.
  // A TJ array's strings may hold the byte "]" (it needs no escape in a PDF string), so strings are matched whole.
  const tokens = ops.match(/\/Span <<[^\n]*>> BDC|\[(?:\([^)]*\)|[^\]()])*\]|<[0-9a-f]*>|-?[\d.]+|[A-Za-z]+|\/\w+/g)!;
  const stack: string[] = [];
  for (const token of tokens) {
    if (token.startsWith('/Span') || token === 'EMC') continue;
    if (token === 'BT') matrixX = movedX = x = 0;
    else if (token === 'Tc') tc = Number(stack.pop());
    else if (token === 'Tm') {
      x = matrixX = Number(stack.at(-2));
      movedX = 0;
      stack.length = 0;
    } else if (token === 'Td') {
      movedX += Number(stack.at(-2));
      x = movedX + matrixX;
      stack.length = 0;
    } else if (token === 'TJ') {
      for (const part of stack.pop()!.slice(1, -1).match(/\([^)]*\)|-?[\d.]+/g)!) {
        if (part.startsWith('(')) {
          const bytes = part.slice(1, -1);
          for (let b = 0; b < bytes.length; ) {
            const length = bytes.charCodeAt(b) >= encoding.firstLead ? 2 : 1;
            const slot = encoding.codes.indexOf(bytes.slice(b, (b += length)));
            const id = encoding.glyphIds[slot]!;
            placed.push({ gid: id, x });
            x += ((encoding.widths[slot] ?? face.glyphAdvance(id)) / 1000) * size + tc;
          }
        } else x -= (Number(part) / 1000) * size;
      }
    } else stack.push(token);
  }
  return placed;
}

function item(xs: Array<[string, number]>, size = 12): Extract<PageItem, { kind: 'glyphs' }> {
  return { kind: 'glyphs', font: 'serif', size, color: { r: 0, g: 0, b: 0 }, y: 100, glyphs: xs.map(([text, x]) => ({ text, x })) };
}

describe('positioned text run', () => {
  test('plain Chinese at natural advances is one string with no spacing operator', () => {
    const ops = textRunOperators(item([...'禁毒宣传'].map((c, i) => [c, 50 + i * 12])), encoding, 'F1', 600, false, initialTextState());
    expect(ops).toBe(`BT\n/F1 12 Tf\n0 g\n50 500 Td\n[${str('禁毒宣传')}]TJ\n`);
  });

  test('an evenly justified line costs one Tc', () => {
    const ops = textRunOperators(item([...'禁毒宣传禁毒'].map((c, i) => [c, 50 + i * 12.4137])), encoding, 'F1', 600, false, initialTextState());
    expect(ops.match(/Tc/g)).toHaveLength(1);
    expect(ops).toContain('0.4137 Tc');
  });

  test('Tc carries from run to run and is reset only when it changes', () => {
    const state: TextState = initialTextState();
    textRunOperators(item([['禁', 0], ['毒', 13]]), encoding, 'F1', 600, false, state);
    expect(state.charSpacing).toBe(1);
    const next = textRunOperators(item([['宣', 0], ['传', 12]]), encoding, 'F1', 600, false, state);
    expect(next).toContain('0 Tc');
    expect(next).not.toContain('Tf'); // same font and size as before
  });

  test('body lines share one text object and move by relative Td', () => {
    const state = initialTextState();
    const lines = [0, 1, 2].map((k) => textRunOperators({ ...item([['禁', 50], ['毒', 62]]), y: 100 + 21 * k }, encoding, 'F1', 600, false, state));
    const ops = lines.join('') + endText(state);
    expect(ops.match(/BT/g)).toHaveLength(1);
    expect(ops.match(/ET/g)).toHaveLength(1);
    expect(lines[1]).toBe(`0 -21 Td\n[${str('禁毒')}]TJ\n`);
    expect(simulate(ops, 12).map((p) => p.x)).toEqual([50, 62, 50, 62, 50, 62]);
    expect(endText(state)).toBe('');
  });

  test('the justification gap is Tc, the gap after Latin part of a widened A, squeezed punctuation a narrowed code', () => {
    // 禁毒：“A宣传 with every gap 0.3 pt, the colon squeezed by ½ em and ¼ em after the A
    const text = [...'禁毒：“A宣传'];
    const extra = [0.3, 0.3, 0.3 - 6, 0.3, 0.3 + 3, 0.3];
    const xs: Array<[string, number]> = [];
    let x = 40;
    text.forEach((ch, i) => {
      xs.push([ch, x]);
      x += advanceOf(ch) * 12 + (extra[i] ?? 0);
    });
    const ops = textRunOperators(item(xs), encoding, 'F1', 600, false, initialTextState());
    const wideA = widenedCode(encoding, 'A', 0.75)!.bytes;
    const narrowColon = widenedCode(encoding, '：', 0.5)!.bytes;
    expect(ops).toContain(`0.3 Tc\n[${str('禁毒').slice(0, -1)}${narrowColon}${str('“').slice(1, -1)}${wideA}${str('宣传').slice(1)}]TJ\n`);
    simulate(ops, 12).forEach((p, i) => expect(p.x).toBeCloseTo(xs[i]![1], 2));
  });

  test('every glyph lands within 0.01 pt of where layout put it (property)', () => {
    const glyphs = fc.array(fc.tuple(fc.constantFrom(...ALPHABET), fc.double({ min: -3, max: 8, noNaN: true })), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(glyphs, fc.double({ min: 6, max: 30, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (spec, size, start) => {
        // each glyph after its predecessor's advance plus a gap (negative gaps squeeze punctuation)
        const xs: Array<[string, number]> = [];
        let x = start;
        for (const [ch, gap] of spec) {
          xs.push([ch, x]);
          x += advanceOf(ch) * size + gap;
        }
        const placed = simulate(textRunOperators(item(xs, size), encoding, 'F1', 800, false, initialTextState()), size);
        expect(placed.map((p) => p.gid)).toEqual(xs.map(([ch]) => ALPHABET.indexOf(ch) + 1));
        placed.forEach((p, i) => expect(Math.abs(p.x - xs[i]![1])).toBeLessThanOrEqual(0.0105));
      }),
      { numRuns: 300 },
    );
  });

  test('a line moved to by Td starts on the very double of the x written, as poppler sums the moves (property)', () => {
    const lineStarts = fc.array(fc.tuple(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 800_000 })), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(lineStarts, (starts) => {
        const state = initialTextState();
        const xs = starts.map(([x]) => x / 1000);
        const ops = starts.map(([x, y]) => textRunOperators({ ...item([['禁', x / 1000]]), y: y / 1000 }, encoding, 'F1', 800, false, state)).join('');
        expect(simulate(ops, 12).map((p) => p.x)).toEqual(xs);
      }),
      { numRuns: 300 },
    );
  });

  test('first lines indented 2 em move by Td, not Tm, where the sum is exact', () => {
    const state = initialTextState();
    const ops = [67.512, 43.512, 43.512, 67.512, 43.512].map((x, k) => textRunOperators({ ...item([['禁', x]]), y: 100 + 21 * k }, encoding, 'F1', 600, false, state)).join('');
    expect(ops).not.toContain('Tm');
    expect(ops).toContain('-24 -21 Td');
    expect(ops).toContain('24 -21 Td');
  });

  test('ideographic spaces and the glyph on each side are drawn inside an ActualText span, where they were placed', () => {
    const xs: Array<[string, number]> = [...'禁　　毒：宣传'].map((ch, i) => [ch, 50 + i * 12]);
    const ops = textRunOperators(item(xs), encoding, 'F1', 600, false, initialTextState());
    expect(ops).toContain(`/Span <</ActualText <FEFF7981300030006BD2>>> BDC\n[${str('禁　　毒')}]TJ\nEMC\n[${str('：宣传')}]TJ\n`);
    expect(simulate(ops, 12).map((p) => p.x)).toEqual(xs.map(([, x]) => x));
  });

  test('a run that asks for an ActualText span (leader dots) draws those glyphs inside it, where they were placed', () => {
    const xs: Array<[string, number]> = [['禁', 50], ['毒', 62], ['，', 80], ['，', 86], ['，', 92], ['1', 110], ['2', 116]];
    const ops = textRunOperators({ ...item(xs), actualText: { start: 2, end: 4, text: '……' } }, encoding, 'F1', 600, false, initialTextState());
    expect(ops).toMatch(new RegExp(`\\[[^\\]]*\\]TJ\n/Span <</ActualText <FEFF20262026>>> BDC\n\\[[^\\]]*\\]TJ\nEMC\n\\[[^\\]]*\\]TJ\n$`));
    expect(simulate(ops, 12).map((p) => p.x)).toEqual(xs.map(([, x]) => x));
  });

  test('a line ending in a span closes it and writes no empty TJ after it', () => {
    const ops = textRunOperators(item([['禁', 50], ['　', 62]]), encoding, 'F1', 600, false, initialTextState());
    expect(ops.endsWith(`BDC\n[${str('禁　')}]TJ\nEMC\n`)).toBe(true);
    expect(ops).not.toContain('[]TJ');
  });

  test('grayscale writes gray fill operators', () => {
    const colored = { ...item([['禁', 0]]), color: { r: 1, g: 0, b: 0 } };
    expect(textRunOperators(colored, encoding, 'F1', 600, false, initialTextState())).toContain('1 0 0 rg');
    expect(textRunOperators(colored, encoding, 'F1', 600, true, initialTextState())).toContain('0.299 g');
  });
});
