// A 前言 written as a letter: its 称呼 is set flush left (顶格), the paragraphs under it indented 2 em.
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { flushSalutation } from '../../src/reader/assemble-book.ts';
import type { Block } from '../../src/typeset/index.ts';
import { pageLines } from '../typeset/pdf-geometry.ts';
import { pdfOutline } from './poppler.ts';

const source = { file: 'edition.yaml', line: 3 };
const para = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text, style: {}, source }], source });
const fitsTwenty = (line: string) => [...line].length <= 20;

describe('flushSalutation', () => {
  test('a first paragraph of one short line ending in a colon is the salutation: flush left', () => {
    const blocks = [para('亲爱的同学们：'), para('你们知道吗？')];
    const set = flushSalutation(blocks, fitsTwenty);
    expect(set[0]).toMatchObject({ kind: 'paragraph', align: 'left' });
    expect(set[1]).toBe(blocks[1]);
  });

  test.each([
    ['a first paragraph of prose', '禁毒，离我们并不遥远。'],
    ['sentences that end in a colon', '大家好。请记住：'],
    ['a paragraph longer than a line', `${'乡亲们、老师们、同学们、家长们'.repeat(2)}：`],
  ])('%s is left as prose', (_, text) => {
    const blocks = [para(text), para('正文。')];
    expect(flushSalutation(blocks, fitsTwenty)).toBe(blocks);
  });
});

const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

describe.each([
  ['cunmin', '乡亲们：', 14],
  ['xiaoxue', '亲爱的同学们：', 16],
])('%s as built: the 前言', (id, salutation, em) => {
  test(`“${salutation}” starts at the text block’s left edge, the paragraph under it 2 em in`, () => {
    const file = pdfOf(id);
    const page = pdfOutline(file).find((o) => o.title === '前言')!.page;
    const lines = pageLines(file, page);
    const at = lines.findIndex((l) => l.text === salutation);
    expect(at, lines.map((l) => l.text).join('\n')).toBeGreaterThan(0);
    const opening = lines[at + 1];
    // The left edge of the text block: where the lines that carry a paragraph on start.
    const left = Math.min(...lines.slice(at + 1).map((l) => l.xMin));
    expect(lines[at].xMin).toBeCloseTo(left, 0);
    expect(opening.xMin - left).toBeCloseTo(2 * em, 0);
  });
});
