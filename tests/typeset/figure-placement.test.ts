// Figures as a book typesetter places them, checked on the real PDF through poppler: scaled down to finish
// a page, floated to the top of the next page while the text fills the gap, or scaled to the text block.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_FIGURE_SCALE } from '../../src/typeset/layout/flow/figure.ts';
import { frameOf } from '../../src/typeset/layout/frame.ts';
import { defaultFontConfig, parseStory, typesetBook, type Section } from '../../src/typeset/index.ts';
import { A5 } from './layout/book-helpers.ts';
import { colourBox, horizontalRuleAt, pageLines, type WordBox } from './pdf-geometry.ts';
import { pdfPages } from '../reader/poppler.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'figure-placement-'));
const frame = frameOf(A5); // 27 ems of 12 pt, 22 slots of 21 pt
const textBottom = frame.top + frame.lines * frame.pitch;
const BLUE: [number, number, number] = [0x22, 0x66, 0xcc];
/** A callout's tint (0.95 grey), found as a flat fill: runs of at least 40 pt. */
const TINT: [number, number, number] = [242, 242, 242];
const calloutBox = (page: number) => colourBox(file, page, TINT, 40);
/** wide.png: 600 × 312 px at 150 dpi is 288 × 149.76 pt, 9 slots with its caption; 7 at 70 %. */
const NATURAL_HEIGHT = (312 / 150) * 72;

/** A paragraph of exactly `lines` lines of `measure` ems: Han characters only, 2 ems fewer on the indented first line. */
function paragraph(cycle: string, lines: number, measure = 27): string {
  return Array.from({ length: measure - 2 + measure * (lines - 1) }, (_, i) => cycle[i % cycle.length]).join('');
}
const P1 = (lines: number) => paragraph('村里开展禁毒宣传活动志愿者走进农家讲解毒品危害', lines);
const P2 = (lines: number) => paragraph('珍爱生命远离毒品从我做起同学们认真听讲', lines);
/** A paragraph in a callout box, whose text is set 1 em in from each side: 25 ems. */
const P3 = (lines: number) => paragraph('吸毒一口陷深渊戒毒千日难回头', lines, 25);
const P4 = (lines: number) => paragraph('不好奇不尝试不接受陌生人的饮料', lines, 25);

function story(id: string, markdown: string): Section {
  const file = path.join(dir, `${id}.mdx`);
  return { kind: 'story', story: { id, title: id, blocks: parseStory(markdown, file).blocks, source: file }, startOn: 'right', inContents: true };
}

// The opener takes 7 slots (space, a two-slot title, space): 15 are left for the story on its first page.
const SCALED = `${P1(8)}\n\n![示例](./wide.png "图为示例插图甲")\n\n${P2(6)}\n`; // 7 slots left: fits at 77 %
const FLOATED = `${P1(11)}\n\n![示例](./wide.png "图为示例插图乙")\n\n${P2(10)}\n`; // 4 slots left: under 70 %
const ENDING = `${P1(14)}\n\n![示例](./wide.png "图为示例插图丁")\n`; // 1 slot left: the figure ends the story
// A level-2 heading takes 2 slots (a space slot, its line): 7 are left for the figure after it, 4 in the second.
const HEADED = `${P1(6)}\n\n## 图说禁毒\n\n![示例](./wide.png "图为示例插图戊")\n\n${P2(6)}\n`;
const HEADED_FLOAT = `${P1(9)}\n\n## 图说禁毒\n\n![示例](./wide.png "图为示例插图己")\n\n${P2(6)}\n`;
// One slot is left under the heading, and the text after the figure opens with a one-line paragraph.
const HEADED_SHORT = `${P1(12)}\n\n## 图说禁毒\n\n![示例](./wide.png "图为示例插图庚")\n\n一行短段落。\n\n${P2(6)}\n`;
// Callouts (a padding slot, the title, the text, a padding slot; a space slot before the box). A box's
// content leaves a slot under it on its page for the padding (a figure's air is that padding). The figure
// in the first one does not fit the 2 slots left under the box's first paragraph even scaled; in the second
// it ends the box and fits the 7 slots left only scaled; in the third it ends the box and does not fit the
// 4 slots left under the box's text even scaled. The fourth box is text longer than the page's rest.
const CARD = (before: number, text: string) => `${P1(before)}\n\n<Callout title="知识卡片">\n${text}\n</Callout>\n\n${P2(6)}\n`;
const CARD_FLOAT = CARD(6, `${P3(3)}\n\n![示例](./wide.png "图为卡片插图甲")\n\n${P4(5)}`);
const CARD_SCALED = CARD(2, `${P3(2)}\n\n![示例](./wide.png "图为卡片插图乙")`);
const CARD_ENDING = CARD(4, `${P3(4)}\n\n![示例](./wide.png "图为卡片插图丙")`);
const CARD_SPLIT = CARD(8, P3(12));
// A box that is only its title over a figure, with 5 slots left for it: 9 are needed even scaled.
const CARD_TITLE_FIGURE = CARD(9, `![示例](./wide.png "图为卡片插图丁")`);
// The same with one line of the box's text after the figure; and with a figure taller than a page.
const CARD_FIGURE_LINE = CARD(9, `![示例](./wide.png "图为卡片插图己")\n\n${P4(1)}`);
const CARD_TALL_FIGURE_LINE = CARD(9, `![示例](./tall.png "图为卡片插图庚")\n\n${P4(1)}`);
// A box of a title, a figure and one line that fits the page only with the figure set smaller; and one that
// would fit only with the figure so small that the line goes on (followed by text enough to fill the page).
const CARD_LINE_KEPT = CARD(1, `![示例](./wide.png "图为卡片插图辛")\n\n${P4(1)}`);
const CARD_LINE_FLOATED = `${P1(3)}\n\n<Callout title="知识卡片">\n![示例](./wide.png "图为卡片插图壬")\n\n${P4(1)}\n</Callout>\n\n${P2(14)}\n`;
// Boxes of text only, of 5 lines, under 9 lines of text: 6 slots are left, room for 2 of the box's lines. The
// first is followed by text enough to fill the page; the second by a heading (a section ends with the box).
const CARD_TEXT_FLOAT = `${P1(9)}\n\n<Callout title="知识卡片">\n${P3(5)}\n</Callout>\n\n${P2(10)}\n`;
const CARD_TEXT_HEADING = `${P1(9)}\n\n<Callout title="知识卡片">\n${P3(5)}\n</Callout>\n\n## 思考与讨论\n\n${P2(3)}\n`;
const GIANT = `${P1(3)}\n\n![示例](./tall.png "图为示例插图丙")\n\n${P2(3)}\n`; // 600 × 3000 px: taller than a page

let file: string;
let pages: string[];
/** 1-based page whose first line is the story title. */
const opener = (title: string) => pages.findIndex((p) => p.trimStart().split('\n')[0] === title) + 1;

/** Body lines (12 pt: the height of the first body line) of a page, top to bottom. */
function bodyLines(page: number): WordBox[] {
  const lines = pageLines(file, page);
  const height = (l: WordBox) => l.yMax - l.yMin;
  const body = pageLines(file, opener('scaled')).find((l) => l.text.startsWith(P1(1).slice(0, 6)))!;
  return lines.filter((l) => Math.abs(height(l) - height(body)) < 0.3);
}

beforeAll(async () => {
  await sharp({ create: { width: 600, height: 312, channels: 3, background: '#2266cc' } }).png().toFile(path.join(dir, 'wide.png'));
  await sharp({ create: { width: 600, height: 3000, channels: 3, background: '#2266cc' } }).png().toFile(path.join(dir, 'tall.png'));
  const result = await typesetBook({
    meta: { title: '插图测试', author: '县禁毒协会', publisher: '县禁毒协会', subject: '示例', keywords: [], date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
    page: A5,
    fonts: defaultFontConfig(),
    sections: [story('scaled', SCALED), story('floated', FLOATED), story('giant', GIANT), story('ending', ENDING), story('headed', HEADED), story('headedFloat', HEADED_FLOAT), story('headedShort', HEADED_SHORT),
      story('cardFloat', CARD_FLOAT), story('cardScaled', CARD_SCALED), story('cardEnding', CARD_ENDING), story('cardSplit', CARD_SPLIT),
      story('cardTitleFigure', CARD_TITLE_FIGURE), story('cardFigureLine', CARD_FIGURE_LINE), story('cardTallFigureLine', CARD_TALL_FIGURE_LINE),
      story('cardLineKept', CARD_LINE_KEPT), story('cardLineFloated', CARD_LINE_FLOATED), story('cardTextFloat', CARD_TEXT_FLOAT), story('cardTextHeading', CARD_TEXT_HEADING)],
  });
  file = path.join(dir, 'figures.pdf');
  writeFileSync(file, result.pdf);
  pages = pdfPages(file);
});

describe('a figure that does not fit the rest of a page', () => {
  it('is scaled down (no less than 70 %) to finish the page when that is enough, caption and all', () => {
    const p = opener('scaled');
    const image = colourBox(file, p, BLUE)!;
    expect(image).toBeDefined();
    expect(image.height).toBeLessThan(NATURAL_HEIGHT - 3);
    expect(image.height).toBeGreaterThanOrEqual(NATURAL_HEIGHT * MIN_FIGURE_SCALE - 1);
    expect(Math.abs(image.width - (image.height * 600) / 312)).toBeLessThan(2); // the aspect kept
    const lines = pageLines(file, p);
    const caption = lines.find((l) => l.text === '图为示例插图甲')!;
    expect(caption.yMin).toBeGreaterThan(image.y + image.height);
    // No gap: the caption sits in the page's last slot.
    expect(caption.yMax).toBeGreaterThan(textBottom - frame.pitch);
    expect(caption.yMax).toBeLessThanOrEqual(textBottom + 1);
    expect(pages[p - 1].replace(/\s/g, '')).toBe(`scaled${P1(8)}图为示例插图甲`);
    expect(bodyLines(p + 1)[0].text).toBe(P2(6).slice(0, 25));
  });

  it('otherwise floats to the top of the next page while the text after it fills the gap, in reading order', () => {
    const p = opener('floated');
    expect(colourBox(file, p, BLUE)).toBeUndefined();
    const here = bodyLines(p);
    // The page is full: its last body line is in the last slot.
    expect(here.at(-1)!.yMax).toBeGreaterThan(textBottom - frame.pitch);
    expect(here).toHaveLength(15);
    const image = colourBox(file, p + 1, BLUE)!;
    expect(image.y).toBeGreaterThanOrEqual(frame.top);
    expect(image.y).toBeLessThan(frame.top + frame.pitch);
    expect(image.height).toBeCloseTo(NATURAL_HEIGHT, -0.5);
    const next = pageLines(file, p + 1);
    const caption = next.find((l) => l.text === '图为示例插图乙')!;
    expect(caption.yMin).toBeGreaterThan(image.y + image.height);
    expect(bodyLines(p + 1)[0].yMin).toBeGreaterThan(caption.yMax);
    // pdftotext reads: the text that filled the gap, then the figure's caption, then the rest of the text.
    const body = [...bodyLines(p), ...bodyLines(p + 1)].map((l) => l.text).join('');
    expect(body).toBe(P1(11) + P2(10));
    const nextText = pages[p].replace(/\s/g, '');
    const captionAt = nextText.indexOf('图为示例插图乙');
    const restAt = nextText.indexOf(bodyLines(p + 1)[0].text);
    expect(captionAt).toBeGreaterThanOrEqual(0);
    expect(captionAt).toBeLessThan(restAt);
  });

  it('keeps body baselines on the grid after it', () => {
    for (const id of ['scaled', 'floated', 'giant', 'headed', 'headedShort', 'cardFloat', 'cardScaled', 'cardEnding', 'cardSplit', 'cardTitleFigure', 'cardFigureLine', 'cardTallFigureLine', 'cardLineKept', 'cardLineFloated', 'cardTextFloat', 'cardTextHeading']) {
      const p = opener(id);
      for (const page of [p, p + 1]) {
        for (const line of bodyLines(page)) {
          const slots = (line.yMin - bodyLines(p)[0].yMin) / frame.pitch;
          expect(Math.abs(slots - Math.round(slots)), `${id} page ${page}: ${line.text.slice(0, 8)}`).toBeLessThan(0.01);
        }
      }
    }
  });
});

describe('a figure taller than a page', () => {
  it('is scaled to the text block with its caption under it', () => {
    const p = opener('giant');
    const image = colourBox(file, p + 1, BLUE)!;
    expect(image.y).toBeGreaterThanOrEqual(frame.top);
    expect(image.y + image.height).toBeLessThanOrEqual(textBottom - frame.pitch);
    expect(image.height).toBeGreaterThan((frame.lines - 2) * frame.pitch);
    expect(Math.abs(image.width - (image.height * 600) / 3000)).toBeLessThan(2); // the aspect kept
    const caption = pageLines(file, p + 1).find((l) => l.text === '图为示例插图丙')!;
    expect(caption.yMin).toBeGreaterThan(image.y + image.height);
    expect(caption.yMax).toBeLessThanOrEqual(textBottom + 1);
    // The text after it filled the opener page: nothing of the story is lost or out of order.
    expect([...bodyLines(p), ...bodyLines(p + 1)].map((l) => l.text).join('')).toBe(P1(3) + P2(3));
  });
});

describe('a figure that ends a story', () => {
  it('never stands alone on the last page: the last lines before it come along, no widow made', () => {
    const p = opener('ending');
    const image = colourBox(file, p + 1, BLUE)!;
    const lines = bodyLines(p + 1);
    // The paragraph's last two lines (never one alone) sit above the figure on its page.
    expect(lines).toHaveLength(2);
    expect(lines[1].yMax).toBeLessThan(image.y);
    expect([...bodyLines(p), ...lines].map((l) => l.text).join('')).toBe(P1(14));
    expect(pageLines(file, p + 1).some((l) => l.text === '图为示例插图丁')).toBe(true);
  });
});

describe('a heading directly before a figure', () => {
  it('stays with the figure scaled to finish the page: no gap, the heading on the figure’s page', () => {
    const p = opener('headed');
    const lines = pageLines(file, p);
    const heading = lines.find((l) => l.text === '图说禁毒');
    expect(heading, 'the heading stays on the page it belongs to').toBeDefined();
    const image = colourBox(file, p, BLUE)!;
    expect(image, 'the figure is set under its heading, scaled').toBeDefined();
    expect(image.y).toBeGreaterThan(heading!.yMax);
    expect(image.height).toBeLessThan(NATURAL_HEIGHT - 3);
    expect(image.height).toBeGreaterThanOrEqual(NATURAL_HEIGHT * MIN_FIGURE_SCALE - 1);
    const caption = lines.find((l) => l.text === '图为示例插图戊')!;
    expect(caption.yMax).toBeGreaterThan(textBottom - frame.pitch);
    expect(caption.yMax).toBeLessThanOrEqual(textBottom + 1);
    // The text after the figure opens the next page; nothing lost or out of order.
    expect(bodyLines(p + 1)[0].text).toBe(P2(6).slice(0, 25));
    expect([...bodyLines(p), ...bodyLines(p + 1)].map((l) => l.text).join('')).toBe(P1(6) + P2(6));
  });

  it('keeps two body lines under it when the figure cannot stay on the page even scaled (the figure floats)', () => {
    const p = opener('headedFloat');
    const lines = pageLines(file, p);
    const at = lines.findIndex((l) => l.text === '图说禁毒');
    expect(at).toBeGreaterThanOrEqual(0);
    // The text after the figure fills the page under the heading: at least two lines of it.
    const under = lines.slice(at + 1).filter((l) => !/^\d+$/.test(l.text));
    expect(under.length).toBeGreaterThanOrEqual(2);
    expect(P2(6).startsWith(under.map((l) => l.text).join(''))).toBe(true);
    expect(colourBox(file, p, BLUE)).toBeUndefined();
    const image = colourBox(file, p + 1, BLUE)!;
    expect(image.y).toBeLessThan(frame.top + frame.pitch);
  });

  it('never ends a page with one line under it when its figure floats: it goes on with the figure', () => {
    const p = opener('headedShort');
    expect(pageLines(file, p).some((l) => l.text === '图说禁毒')).toBe(false);
    const lines = pageLines(file, p + 1);
    const heading = lines.find((l) => l.text === '图说禁毒')!;
    const image = colourBox(file, p + 1, BLUE)!;
    expect(heading.yMax).toBeLessThan(frame.top + 2 * frame.pitch);
    expect(image.y).toBeGreaterThan(heading.yMax);
    expect(image.height).toBeCloseTo(NATURAL_HEIGHT, -0.5);
  });
});

/** Slot (0-based, from the text block's top) that a line of text sits in. */
const slotOf = (line: WordBox) => Math.floor((line.yMax - frame.top) / frame.pitch);
/** Where `slots` slots down the text block is on the page. */
const slotEdge = (slots: number) => frame.top + slots * frame.pitch;

/**
 * A continued part of a box opens with the box's title set again with （续）, as 续表 opens a table's continued
 * part: in the part's first slot under its padding, in the title's face and size, where the title stands.
 */
function expectContinuedTitle(page: number, label: WordBox, titlePage: number, title: WordBox): void {
  expect(label.text).toBe(`${title.text}（续）`);
  expect(slotOf(label)).toBe(1);
  expect(label.yMax - label.yMin).toBeCloseTo(title.yMax - title.yMin, 1);
  expect(Math.abs(label.xMin - calloutBox(page)!.x - (title.xMin - calloutBox(titlePage)!.x))).toBeLessThan(0.5);
}

/** Lines of the page inside the box's tint, top to bottom. */
function boxLines(page: number): WordBox[] {
  const box = calloutBox(page)!;
  return pageLines(file, page).filter((l) => l.yMin >= box.y && l.yMax <= box.y + box.height);
}

describe('a figure in a callout box (知识卡片)', () => {
  it('floats within its box: the box’s text after it fills the page, the box continues with the figure on top', () => {
    const p = opener('cardFloat');
    expect(colourBox(file, p, BLUE)).toBeUndefined();
    // The box's text fills the page down to the slot over the padding that ends its part inside the text block.
    const first = calloutBox(p)!;
    expect(first.y + first.height).toBeCloseTo(slotEdge(frame.lines - 0.5), -0.5);
    const here = boxLines(p);
    expect(here[0].text).toBe('知识卡片');
    expect(slotOf(here.at(-1)!)).toBe(frame.lines - 2);
    // The box goes on, its frame drawn again, at the top of the next page: the figure first, inside it.
    const next = calloutBox(p + 1)!;
    const image = colourBox(file, p + 1, BLUE)!;
    expect(next.y).toBeCloseTo(slotEdge(0.5), -0.5);
    expect(image.y).toBeGreaterThan(next.y);
    const there = boxLines(p + 1);
    expectContinuedTitle(p + 1, there[0], p, here[0]);
    expect(image.y).toBeGreaterThan(there[0].yMax);
    expect(image.y).toBeLessThan(slotEdge(3));
    expect(image.x).toBeGreaterThanOrEqual(next.x);
    expect(image.x + image.width).toBeLessThanOrEqual(next.x + next.width);
    expect(there[1].text).toBe('图为卡片插图甲');
    // Nothing lost, nothing out of order: the box's text reads on across the break; the story's text after the box.
    expect([...here.slice(1), ...there.slice(2)].map((l) => l.text).join('')).toBe(P3(3) + P4(5));
    const after = pageLines(file, p + 1).filter((l) => l.yMin > next.y + next.height);
    expect(after[0].text).toBe(P2(6).slice(0, 25));
  });

  it('set smaller to end its box at the page foot, its air the box’s padding inside the text block, nothing moved on', () => {
    const p = opener('cardScaled');
    const image = colourBox(file, p, BLUE)!;
    expect(image, 'the figure stays in its box on this page').toBeDefined();
    expect(image.height).toBeLessThan(NATURAL_HEIGHT - 3);
    expect(image.height).toBeGreaterThanOrEqual(NATURAL_HEIGHT * MIN_FIGURE_SCALE - 1);
    const box = calloutBox(p)!;
    expect(box.y + box.height).toBeCloseTo(slotEdge(frame.lines - 0.5), -0.5);
    const caption = pageLines(file, p).find((l) => l.text === '图为卡片插图乙')!;
    expect(slotOf(caption)).toBe(frame.lines - 2);
    // The box ended here: the next page opens with the story's text, no empty piece of box on it.
    expect(calloutBox(p + 1)).toBeUndefined();
    expect(bodyLines(p + 1)[0].text).toBe(P2(6).slice(0, 25));
  });

  it('ending its box and too tall for the page even scaled: the story’s text fills the page, the figure opens the next in its box', () => {
    const p = opener('cardEnding');
    expect(colourBox(file, p, BLUE)).toBeUndefined();
    const box = calloutBox(p)!;
    expect(boxLines(p).map((l) => l.text).join('')).toBe(`知识卡片${P3(4)}`);
    // No gap at the page foot: the text after the box runs down to the last slot.
    const here = bodyLines(p);
    expect(slotOf(here.at(-1)!)).toBe(frame.lines - 1);
    expect(here.at(-1)!.yMin).toBeGreaterThan(box.y + box.height);
    // The figure, at its natural size, opens the next page in a part of its box, above the rest of the text.
    const next = calloutBox(p + 1)!;
    const image = colourBox(file, p + 1, BLUE)!;
    expect(next.y).toBeCloseTo(slotEdge(0.5), -0.5);
    expect(image.height).toBeCloseTo(NATURAL_HEIGHT, -0.5);
    expect(image.y).toBeGreaterThan(next.y);
    expect(image.y + image.height).toBeLessThan(next.y + next.height);
    const there = boxLines(p + 1);
    expect(there.map((l) => l.text)).toEqual(['知识卡片（续）', '图为卡片插图丙']);
    expectContinuedTitle(p + 1, there[0], p, boxLines(p)[0]);
    expect(image.y).toBeGreaterThan(there[0].yMax);
    // Two closed boxes, since the story's text stands between the parts.
    expect(horizontalRuleAt(file, p, box.y + box.height, box.x, box.x + box.width)).toBe(true);
    expect(horizontalRuleAt(file, p + 1, next.y, next.x, next.x + next.width)).toBe(true);
    // Nothing lost or out of order: the story's text reads on around the figure; the caption comes before the rest.
    const story = [...here, ...bodyLines(p + 1)].filter((l) => l.text !== there[0].text);
    expect(story.map((l) => l.text).join('')).toBe(`${P1(4)}知识卡片${P3(4)}${P2(6)}`);
    const nextText = pages[p].replace(/\s/g, '');
    expect(nextText.indexOf('图为卡片插图丙')).toBeLessThan(nextText.indexOf(bodyLines(p + 1).find((l) => l.yMin > next.y + next.height)!.text));
  });
});

/**
 * A box floated whole past the text after it: the page full of the story's text (the start of `text`), the
 * box at the top of the next page holding `inside`, its frame closed at the top.
 */
function floatedWholeBox(id: string, inside: string[], text = P1(9) + P2(6)) {
  const p = opener(id);
  expect(calloutBox(p)).toBeUndefined();
  const here = bodyLines(p);
  expect(slotOf(here.at(-1)!)).toBe(frame.lines - 1);
  expect(text.startsWith(here.map((l) => l.text).join(''))).toBe(true);
  const box = calloutBox(p + 1)!;
  expect(box.y).toBeCloseTo(slotEdge(0.5), -0.5);
  const lines = boxLines(p + 1);
  expect(lines.map((l) => l.text)).toEqual(inside);
  expect(horizontalRuleAt(file, p + 1, box.y, box.x, box.x + box.width)).toBe(true);
  return { p, box, lines, image: colourBox(file, p + 1, BLUE)! };
}

describe('a callout box that is only a title over a figure too tall for the rest of the page', () => {
  it('floats whole to the top of the next page, like a captioned figure, while the text after it fills the page', () => {
    const { box, lines, image } = floatedWholeBox('cardTitleFigure', ['知识卡片', '图为卡片插图丁']);
    expect(image.y).toBeGreaterThan(lines[0].yMax);
    expect(image.y + image.height).toBeLessThan(box.y + box.height);
  });
});

/** The lines of `P3(lines)` in a box: 25 ems, the first indented 2. */
const boxText = (lines: number) => Array.from({ length: lines }, (_, k) => P3(lines).slice(k === 0 ? 0 : 23 + 25 * (k - 1), 23 + 25 * k));

describe('a short callout box of text that does not fit the rest of the page', () => {
  it('is never split: it floats whole to the top of the next page while the story’s text after it fills the page', () => {
    const { p, box } = floatedWholeBox('cardTextFloat', ['知识卡片', ...boxText(5)], P1(9) + P2(10));
    expect(pages[p - 1].includes('（续）') || pages[p].includes('（续）')).toBe(false);
    // The story's text reads on under the box: what did not fit the page it left.
    const after = bodyLines(p + 1).filter((l) => l.yMin > box.y + box.height);
    expect([...bodyLines(p), ...after].map((l) => l.text).join('')).toBe(P1(9) + P2(10));
    expect(after).toHaveLength(4);
  });

  it('is never split when a heading follows it: it opens the next page whole, the heading under it', () => {
    const p = opener('cardTextHeading');
    expect(calloutBox(p)).toBeUndefined();
    expect(bodyLines(p).map((l) => l.text).join('')).toBe(P1(9));
    const box = calloutBox(p + 1)!;
    expect(box.y).toBeCloseTo(slotEdge(0.5), -0.5);
    expect(boxLines(p + 1).map((l) => l.text)).toEqual(['知识卡片', ...boxText(5)]);
    const heading = pageLines(file, p + 1).find((l) => l.text === '思考与讨论')!;
    expect(heading.yMin).toBeGreaterThan(box.y + box.height);
    expect(bodyLines(p + 1).filter((l) => l.yMin > heading.yMax).map((l) => l.text).join('')).toBe(P2(3));
    expect(pages[p].includes('（续）')).toBe(false);
  });
});

describe('a callout box broken across pages', () => {
  it('has the same padding at the break as at its real top and bottom, its frame left open where it breaks', () => {
    const p = opener('cardSplit');
    const [first, second] = [calloutBox(p)!, calloutBox(p + 1)!];
    const [here, there] = [boxLines(p), boxLines(p + 1)];
    expect(here[0].text).toBe('知识卡片');
    expectContinuedTitle(p + 1, there[0], p, here[0]);
    expect([...here.slice(1), ...there.slice(1)].map((l) => l.text).join('')).toBe(P3(12));
    // Every edge is half a slot from the slot of the line next to it: the box's padding slot.
    expect(first.y).toBeCloseTo(slotEdge(slotOf(here[0]) - 0.5), -0.5);
    expect(first.y + first.height).toBeCloseTo(slotEdge(slotOf(here.at(-1)!) + 1.5), -0.5);
    expect(second.y).toBeCloseTo(slotEdge(slotOf(there[0]) - 0.5), -0.5);
    expect(second.y + second.height).toBeCloseTo(slotEdge(slotOf(there.at(-1)!) + 1.5), -0.5);
    // The break padding is inside the text block: the first part ends in the page's last slot.
    expect(slotOf(here.at(-1)!)).toBe(frame.lines - 2);
    const rule = (page: number, box: typeof first, y: number) => horizontalRuleAt(file, page, y, box.x, box.x + box.width);
    expect(rule(p, first, first.y)).toBe(true);
    expect(rule(p, first, first.y + first.height)).toBe(false);
    expect(rule(p + 1, second, second.y)).toBe(false);
    expect(rule(p + 1, second, second.y + second.height)).toBe(true);
  });
});

describe('a callout box that is a title, a figure too tall for the rest of the page and one line of text', () => {
  it('floats whole to the top of the next page, the line under its figure, while the text after it fills the page: no gap', () => {
    const { p, box, lines, image } = floatedWholeBox('cardFigureLine', ['知识卡片', '图为卡片插图己', P4(1)]);
    expect(image.y).toBeGreaterThan(lines[0].yMax);
    expect(lines[2].yMin).toBeGreaterThan(lines[1].yMax);
    // One closed box: the line's padding under it inside the page.
    expect(box.y + box.height).toBeCloseTo(slotEdge(slotOf(lines[2]) + 1.5), -0.5);
    expect(horizontalRuleAt(file, p + 1, box.y + box.height, box.x, box.x + box.width)).toBe(true);
  });

  it('with a figure taller than a page: the figure is set smaller under the title so the line stays in the box with it', () => {
    const { p, box } = floatedWholeBox('cardTallFigureLine', ['知识卡片', '图为卡片插图庚', P4(1)]);
    expect(box.y + box.height).toBeLessThanOrEqual(textBottom + 1);
    // Nothing of the box is left for a page of its own: its line is on its figure's page only.
    const from = (k: number) => k + p;
    expect(pages.slice(p - 1, opener('cardLineKept') - 1).flatMap((text, k) => (text.replace(/\s/g, '').includes(P4(1)) ? [from(k)] : []))).toEqual([p + 1]);
  });
});

describe('a callout box of a title, a figure and one line that fits the page whole only with its figure smaller', () => {
  it('sets the figure smaller so the box ends on its page, its line and padding inside the text block', () => {
    const p = opener('cardLineKept');
    const box = calloutBox(p)!;
    const image = colourBox(file, p, BLUE)!;
    expect(image.height).toBeLessThan(NATURAL_HEIGHT - 3);
    expect(image.height).toBeGreaterThanOrEqual(NATURAL_HEIGHT * MIN_FIGURE_SCALE - 1);
    const lines = boxLines(p);
    expect(lines.map((l) => l.text)).toEqual(['知识卡片', '图为卡片插图辛', P4(1)]);
    expect(slotOf(lines[2])).toBe(frame.lines - 2);
    expect(box.y + box.height).toBeCloseTo(slotEdge(frame.lines - 0.5), -0.5);
    expect(horizontalRuleAt(file, p, box.y + box.height, box.x, box.x + box.width)).toBe(true);
    // Nothing of the box goes on: the next page opens with the story's text.
    expect(calloutBox(p + 1)).toBeUndefined();
    expect(bodyLines(p + 1)[0].text).toBe(P2(6).slice(0, 25));
  });

  it('floats whole, like a captioned figure, when the figure would have to shrink past its smallest to keep the line', () => {
    const { p, box, lines } = floatedWholeBox('cardLineFloated', ['知识卡片', '图为卡片插图壬', P4(1)], P1(3) + P2(14));
    expect(box.y + box.height).toBeCloseTo(slotEdge(slotOf(lines[2]) + 1.5), -0.5);
    expect(colourBox(file, p + 1, BLUE)!.height).toBeCloseTo(NATURAL_HEIGHT, -0.5);
    expect(pages[p - 1].includes('知识卡片')).toBe(false);
  });
});
