import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Color, LaidOutDocument, PageItem, PlacedGlyph } from '../../../src/typeset/model/pages.ts';
import type { FontSet } from '../../../src/typeset/render/index.ts';

const BLACK: Color = { r: 0, g: 0, b: 0 };
export const A5 = { width: 419.53, height: 595.28 };

/** Places a line of text the simple way (advance after advance, extra gap before/after Latin) with the real measurer. */
export function setLine(fonts: FontSet, text: string, font: string, size: number, x: number, y: number, latinGap = 0.25): Extract<PageItem, { kind: 'glyphs' }> {
  const glyphs: PlacedGlyph[] = [];
  let pen = x;
  let previousLatin: boolean | undefined;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text)) {
    const latin = /^[A-Za-z0-9]/.test(segment);
    const han = /^\p{Script=Han}/u.test(segment);
    if (previousLatin !== undefined && ((latin && previousLatin === false && !/[，。、；：？！“”（）]/.test(glyphs.at(-1)!.text)) || (han && previousLatin))) {
      pen += latinGap * size;
    }
    glyphs.push({ text: segment, x: pen });
    pen += fonts.advance(segment, font, size);
    previousLatin = latin ? true : han ? false : undefined;
  }
  return { kind: 'glyphs', font, size, color: BLACK, y, glyphs };
}

/** Writes a photo-like JPEG, a line-art PNG and a transparent logo PNG into `dir`. */
export async function makeImages(dir: string): Promise<{ jpeg: string; png: string; logo: string }> {
  await mkdir(dir, { recursive: true });
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = (x * 255) / width;
      pixels[i + 1] = (y * 255) / height;
      pixels[i + 2] = ((x + y) * 97) % 256;
    }
  }
  const jpeg = path.join(dir, 'photo.jpg');
  await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toFile(jpeg);
  const png = path.join(dir, 'chart.png');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#fff"/>` +
    `<rect x="40" y="120" width="80" height="150" fill="#c00"/><rect x="160" y="60" width="80" height="210" fill="#06c"/>` +
    `<rect x="280" y="180" width="80" height="90" fill="#090"/></svg>`;
  await sharp(Buffer.from(svg)).png().toFile(png);
  const logo = path.join(dir, 'logo.png');
  const circle = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><circle cx="60" cy="60" r="50" fill="#d22"/></svg>';
  await sharp(Buffer.from(circle)).png().toFile(logo);
  return { jpeg, png, logo };
}

/** Lines per page; the first is a heading (Noto Sans SC Bold), the rest body (Noto Serif SC). */
export const PAGE_TEXT = [
  ['前言（示例）', '县禁毒协会志愿者在2024年组织了12场讲座。', '《讲好身边的禁毒故事》收录了这些故事；'],
  ['目录', '第一章：村医的一天……1', '第二章：学校里的课……2'],
  ['第一章：村医的一天（示例）', '某村村医每天早上7点出诊，走访30户人家。', '他说：“禁毒宣传要讲身边的故事！”'],
  ['第二章：学校里的课', '某中学教师用PDF课件讲解新型毒品的危害。', '学生们问：“怎样拒绝？”老师回答：“不！”'],
];
/** Drawn in Noto Sans SC Regular: 𰻝 (U+30EDD) is not in Noto Serif SC, so layout falls back to it. */
export const FALLBACK_LINE = '𰻝𰻝面（示例）';

/** Four A5 pages (labels i, ii, 1, 2) with text, a rule, a rect, two images, links and a 2-level outline. */
export function sampleDocument(fonts: FontSet, images: { jpeg: string; png: string; logo: string }): LaidOutDocument {
  const pages = PAGE_TEXT.map((lines) => ({
    ...A5,
    items: lines.map((line, i) => setLine(fonts, line, i === 0 ? 'sans-bold' : 'serif', i === 0 ? 16 : 12, 56, 80 + i * 24)) as PageItem[],
  }));
  pages[2]!.items.push(setLine(fonts, FALLBACK_LINE, 'sans', 12, 56, 160));
  pages[0]!.items.push(
    { kind: 'rule', x1: 56, y1: 88, x2: 363, y2: 88, width: 0.5, color: { r: 0.8, g: 0.1, b: 0.1 } },
    { kind: 'rect', x: 56, y: 160, width: 200, height: 60, fill: { r: 0.9, g: 0.95, b: 1 }, stroke: { r: 0, g: 0.3, b: 0.7 }, strokeWidth: 1 },
    { kind: 'image', x: 56, y: 240, width: 150, height: 100, path: images.jpeg, grayscale: false },
    { kind: 'image', x: 220, y: 240, width: 120, height: 90, path: images.png, grayscale: false },
    { kind: 'image', x: 300, y: 160, width: 28.8, height: 28.8, path: images.logo, grayscale: false },
    { kind: 'link', x: 56, y: 100, width: 200, height: 16, target: { url: 'https://example.org/示例' } },
    { kind: 'link', x: 56, y: 124, width: 200, height: 16, target: { page: 3, y: 60 } },
  );
  return {
    pages,
    outline: [
      { title: '前言（示例）', page: 0, y: 60, children: [] },
      {
        title: '第一章：村医的一天',
        page: 2,
        y: 60,
        children: [{ title: '出诊', page: 2, y: 100, children: [] }],
      },
      { title: '第二章：学校里的课', page: 3, y: 60, children: [{ title: 'PDF 课件', page: 3, y: 100, children: [] }] },
    ],
    pageLabels: [
      { startPage: 0, style: 'roman' },
      { startPage: 2, style: 'decimal' },
    ],
    info: {
      title: '讲好身边的禁毒故事（示例）',
      author: '邵阳县禁毒协会',
      subject: '禁毒宣传读本',
      keywords: ['禁毒', '读本', '示例'],
      creator: '邵阳县禁毒协会发布系统',
      date: new Date('2026-06-26T00:00:00Z'),
      language: 'zh-CN',
    },
  };
}
