import type { LaidOutDocument, LaidOutPage, PageItem } from '../src/typeset/model/pages.ts';
import type { FontSet } from '../src/typeset/render/index.ts';
import { seededRandom, zipfCharacterPicker } from './lib/synthetic-chinese.ts';

/**
 * Synthetic reader for the PDF benchmark: 60 stories of Chinese prose (~3,000 characters each) drawn from the
 * 3,755 GB 2312 level-1 characters with a Zipf distribution (nearly all of them appear), with punctuation, digits
 * and a little Latin. Deterministic: the same text every run.
 */

export interface SyntheticStory {
  title: string;
  paragraphs: string[];
}

export function syntheticStories(count = 60, charsPerStory = 3000): SyntheticStory[] {
  const rand = seededRandom(20260626);
  const pick = zipfCharacterPicker(rand);
  const sentence = () => {
    let s = '';
    const clauses = 1 + Math.floor(rand() * 3);
    for (let c = 0; c < clauses; c++) {
      const n = 5 + Math.floor(rand() * 12);
      for (let k = 0; k < n; k++) s += pick();
      if (rand() < 0.08) s += `${2000 + Math.floor(rand() * 26)}年`;
      if (rand() < 0.03) s += 'PDF';
      s += c < clauses - 1 ? (rand() < 0.8 ? '，' : '、') : '';
    }
    const end = rand();
    return end < 0.1 ? `“${s}！”` : end < 0.2 ? `${s}？` : `${s}。`;
  };
  const stories: SyntheticStory[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    let length = 0;
    while (length < charsPerStory) {
      let p = '';
      const sentences = 2 + Math.floor(rand() * 5);
      for (let k = 0; k < sentences; k++) p += sentence();
      paragraphs.push(p);
      length += p.length;
    }
    stories.push({ title: `第${i + 1}个故事：${pick()}${pick()}${pick()}${pick()}（示例）`, paragraphs });
  }
  return stories;
}

const MM = 72 / 25.4;
const PAGE = { width: 148 * MM, height: 210 * MM };
const SIZE = 12;
const PITCH = 1.75 * SIZE;
const MEASURE = 26 * SIZE;
const LEFT = (PAGE.width - MEASURE) / 2;
const TOP = 22 * MM;
const LINES_PER_PAGE = Math.floor((PAGE.height - TOP - 20 * MM) / PITCH);
const BLACK = { r: 0, g: 0, b: 0 };

/** A stand-in for the engine: greedy lines of whole characters, justified by spreading the slack. */
export function layOutSimply(stories: SyntheticStory[], fonts: FontSet): LaidOutDocument {
  const pages: LaidOutPage[] = [];
  const outline: LaidOutDocument['outline'] = [];
  for (const story of stories) {
    let items: PageItem[] = [];
    let line = 0;
    const newPage = () => {
      items = [];
      pages.push({ ...PAGE, items });
      line = 0;
    };
    newPage();
    const titleFont = fonts.resolve('故', 'sans-bold')!;
    items.push(run(fonts, [...story.title], titleFont, 18, LEFT, TOP + 2 * PITCH, false));
    outline.push({ title: story.title, page: pages.length - 1, y: TOP, children: [] });
    line = 4;
    for (const paragraph of story.paragraphs) {
      const graphemes = ['　', '　', ...paragraph];
      let start = 0;
      while (start < graphemes.length) {
        let width = 0;
        let end = start;
        while (end < graphemes.length && width + fonts.advance(graphemes[end]!, 'serif', SIZE) <= MEASURE + 0.01) {
          width += fonts.advance(graphemes[end]!, 'serif', SIZE);
          end++;
        }
        if (line >= LINES_PER_PAGE) {
          newPage();
          items.push(run(fonts, [...`${pages.length}`], 'serif', 9, PAGE.width / 2, PAGE.height - 12 * MM, false));
          items.push(run(fonts, [...story.title], 'serif', 9, LEFT, 14 * MM, false));
        }
        items.push(run(fonts, graphemes.slice(start, end), 'serif', SIZE, LEFT, TOP + line * PITCH, end < graphemes.length));
        line++;
        start = end;
      }
    }
  }
  return {
    pages,
    outline,
    pageLabels: [{ startPage: 0, style: 'decimal' }],
    info: { title: '讲好身边的禁毒故事（基准测试）', author: '邵阳县禁毒协会', subject: '基准', keywords: ['基准'], creator: 'bench-pdf', date: new Date('2026-06-26T00:00:00Z'), language: 'zh-CN' },
  };
}

function run(fonts: FontSet, graphemes: string[], font: string, size: number, x: number, y: number, justify: boolean): PageItem {
  const natural = graphemes.reduce((w, g) => w + fonts.advance(g, font, size), 0);
  const extra = justify && graphemes.length > 1 ? (MEASURE - natural) / (graphemes.length - 1) : 0;
  let pen = x;
  const glyphs = graphemes.map((text) => {
    const glyph = { text, x: pen };
    pen += fonts.advance(text, font, size) + extra;
    return glyph;
  });
  return { kind: 'glyphs', font, size, color: BLACK, y, glyphs };
}

