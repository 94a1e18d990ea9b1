/**
 * The synthetic reader for `npm run bench:pdf`: 60 stories of ~3,000 Chinese characters as Markdown, drawn
 * from the 3,755 GB 2312 level-1 characters with a Zipf distribution (3,752 distinct characters appear, which
 * makes the font subsets larger than most real books of this length would need), with punctuation pairs,
 * digits with units, Latin words, headings, lists and a 知识卡片 every fifth story.
 * Deterministic: the same book every run.
 */
import type { BookInput, Section } from '../src/typeset/index.ts';
import { defaultFontConfig, parseStory } from '../src/typeset/index.ts';
import { seededRandom, zipfCharacterPicker } from './lib/synthetic-chinese.ts';

export interface SyntheticStory {
  title: string;
  markdown: string;
}

/** `alphabetSize`: draw from only that many of the most frequent characters (bench:pdf-reference varies it). */
export function syntheticMarkdown(count: number, charsPerStory: number, alphabetSize?: number): SyntheticStory[] {
  const rand = seededRandom(20260101);
  const pick = zipfCharacterPicker(rand, alphabetSize);
  const run = (n: number) => Array.from({ length: n }, pick).join('');
  const extras = [() => `${1 + Math.floor(rand() * 99)}%`, () => `${1990 + Math.floor(rand() * 36)}年`, () => 'App', () => `“${run(4)}”`, () => `《${run(5)}》`, () => '……', () => `（${run(3)}）`, () => '——'];
  const sentence = () => {
    let s = '';
    const clauses = 1 + Math.floor(rand() * 3);
    for (let c = 0; c < clauses; c++) {
      s += run(4 + Math.floor(rand() * 10));
      if (rand() < 0.3) s += extras[Math.floor(rand() * extras.length)]();
      s += c < clauses - 1 ? (rand() < 0.8 ? '，' : '、') : ['。', '。', '。', '！', '？'][Math.floor(rand() * 5)];
    }
    return s;
  };
  return Array.from({ length: count }, (_, k) => {
    const parts: string[] = [];
    let chars = 0;
    let paragraph = 0;
    while (chars < charsPerStory) {
      let p = '';
      const sentences = 2 + Math.floor(rand() * 6);
      for (let i = 0; i < sentences; i++) p += sentence();
      parts.push(p);
      chars += p.length;
      paragraph++;
      if (paragraph % 9 === 0) parts.push(`## ${run(6)}`);
      if (paragraph === 5) parts.push(`1. ${sentence()}\n2. ${sentence()}\n3. ${sentence()}`);
      if (paragraph === 7 && k % 5 === 0) parts.push(`<Callout title="知识卡片">\n${sentence()}${sentence()}\n</Callout>`);
    }
    // A heading with nothing under it is an editor's slip (the content check warns of it): no story ends on one.
    if (parts.at(-1)!.startsWith('## ')) parts.pop();
    return { title: `${run(4)}的${run(3)}（示例${k + 1}）`, markdown: parts.join('\n\n') };
  });
}

const MM = 72 / 25.4;

/** The book around the stories; parsing their Markdown (the engine's first stage) happens here. */
export function syntheticBook(stories: SyntheticStory[]): BookInput {
  const sections: Section[] = [
    { kind: 'cover', title: '讲好身边的禁毒故事', subtitle: '基准测试读本（示例）', lines: ['县禁毒协会（示例）'], background: { r: 0.6, g: 0.1, b: 0.1 }, foreground: { r: 1, g: 1, b: 1 } },
    { kind: 'contents', title: '目录', startOn: 'right' },
    ...stories.map((s, i): Section => {
      const file = `/bench/story-${i + 1}.mdx`;
      return { kind: 'story', story: { id: `s${i + 1}`, title: s.title, blocks: parseStory(s.markdown, file).blocks, source: file }, startOn: 'right', inContents: true };
    }),
  ];
  return {
    meta: { title: '讲好身边的禁毒故事', author: '县禁毒协会', publisher: '县禁毒协会', subject: '基准测试', keywords: ['禁毒'], date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
    page: { width: 148 * MM, height: 210 * MM, margins: { top: 20 * MM, bottom: 20 * MM, inner: 18 * MM, outer: 15 * MM }, bodySize: 12, linePitch: 1.75, grayscale: false },
    fonts: defaultFontConfig(),
    sections,
  };
}

export function hanCharacterCount(stories: Array<{ markdown: string }>): number {
  return stories.reduce((n, s) => n + [...s.markdown].filter((c) => /\p{Script=Han}/u.test(c)).length, 0);
}
