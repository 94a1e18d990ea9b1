import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/typeset/model/index.ts';
import { parseStory } from '../../../src/typeset/parse/index.ts';

const FILE = '/content/stories/village/story.mdx';

function textOf(inlines: Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : `[^${i.id}]`)).join('');
}

function only<K extends Block['kind']>(blocks: Block[], kind: K): Extract<Block, { kind: K }> {
  const found = blocks.filter((b) => b.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<Block, { kind: K }>;
}

describe('parseStory: node kinds', () => {
  it('reads front matter and headings with their lines', () => {
    const { data, blocks } = parseStory('---\ntitle: 村口的灯（示例）\norder: 3\n---\n\n# 一级\n\n## 二级\n\n##### 五级\n', FILE);
    expect(data).toEqual({ title: '村口的灯（示例）', order: 3 });
    expect(blocks.map((b) => (b.kind === 'heading' ? [b.depth, textOf(b.inlines), b.source.line] : b.kind))).toEqual([
      [1, '一级', 6],
      [2, '二级', 8],
      [4, '五级', 10],
    ]);
    expect(blocks[0].source.file).toBe(FILE);
  });

  it('keeps strong, emphasis, links and inline code as styles', () => {
    const { blocks } = parseStory('他说**不要碰**，*一次也不*。见[协会网站](https://example.org/a)和`110`。', FILE);
    const p = only(blocks, 'paragraph');
    expect(p.inlines.map((i) => (i.kind === 'text' ? [i.text, i.style] : i.kind))).toEqual([
      ['他说', {}],
      ['不要碰', { bold: true }],
      ['，', {}],
      ['一次也不', { italic: true }],
      ['。见', {}],
      ['协会网站', { link: 'https://example.org/a' }],
      ['和', {}],
      ['110', { code: true }],
      ['。', {}],
    ]);
  });

  it('drops a soft line break between Chinese characters and keeps it as a space elsewhere', () => {
    const { blocks } = parseStory('第一行的结尾\n第二行，\n“引号”\nEnglish words\nand more\n中文', FILE);
    expect(textOf(only(blocks, 'paragraph').inlines)).toBe('第一行的结尾第二行，“引号” English words and more 中文');
  });

  it('gives each source line of a paragraph its own line number', () => {
    const { blocks } = parseStory('\n\n第一行\n第二行\n第三行', FILE);
    const lines = only(blocks, 'paragraph').inlines.map((i) => i.source.line);
    expect(lines).toEqual([3, 4, 5]);
  });

  it('keeps hard line breaks', () => {
    const { blocks } = parseStory('第一行\\\n第二行', FILE);
    expect(only(blocks, 'paragraph').inlines.map((i) => i.kind)).toEqual(['text', 'break', 'text']);
  });

  it('reads ordered and unordered lists with nesting', () => {
    const { blocks } = parseStory('3. 甲\n4. 乙\n   - 子项\n\n- 丙\n', FILE);
    const lists = blocks.filter((b) => b.kind === 'list');
    expect(lists).toHaveLength(2);
    const [ordered, bullets] = lists as Array<Extract<Block, { kind: 'list' }>>;
    expect([ordered.ordered, ordered.start, ordered.items.length]).toEqual([true, 3, 2]);
    expect(ordered.items[1].map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect([bullets.ordered, bullets.items.length]).toEqual([false, 1]);
  });

  it('reads blockquotes and thematic breaks', () => {
    const { blocks } = parseStory('> 引用的话\n>\n> 第二段\n\n---\n\n后文', FILE);
    expect(blocks.map((b) => b.kind)).toEqual(['blockquote', 'thematicBreak', 'paragraph']);
    expect(only(blocks, 'blockquote').blocks).toHaveLength(2);
  });

  it('turns a Markdown image into a figure with an absolute path and its title as caption', () => {
    const { blocks } = parseStory('![村口宣传栏](./images/board.jpg "图为村口的宣传栏（示例）")', FILE);
    const fig = only(blocks, 'figure');
    expect(fig.image).toEqual({ path: path.resolve('/content/stories/village/images/board.jpg'), alt: '村口宣传栏' });
    expect(textOf(fig.caption)).toBe('图为村口的宣传栏（示例）');
  });

  it('reads <Figure src alt caption /> with src relative to the file', () => {
    const { blocks } = parseStory('前文\n\n<Figure src="../shared/x.png" alt="宣传画" caption="图为宣传画" />\n', FILE);
    const fig = only(blocks, 'figure');
    expect(fig.image.path).toBe('/content/stories/shared/x.png');
    expect(fig.image.alt).toBe('宣传画');
    expect(textOf(fig.caption)).toBe('图为宣传画');
    expect(fig.source.line).toBe(3);
  });

  it('reads <Callout title> with Markdown children', () => {
    const { blocks } = parseStory('<Callout title="知识卡片">\n毒品是指**鸦片**等。\n\n- 一\n- 二\n</Callout>\n', FILE);
    const c = only(blocks, 'callout');
    expect(c.title).toBe('知识卡片');
    expect(c.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('titles a <Callout> written without a title 知识卡片, as the website does', () => {
    const { blocks } = parseStory('<Callout>\n不认识的东西不要吃。\n</Callout>\n', FILE);
    expect(only(blocks, 'callout').title).toBe('知识卡片');
  });

  it('reads GFM tables with alignment', () => {
    const { blocks } = parseStory('| 项目 | 数量 |\n|:--|--:|\n| 宣传 | 12 |\n| 走访 | 30 |\n', FILE);
    const t = only(blocks, 'table');
    expect(t.align).toEqual(['left', 'right']);
    expect(t.header.map(textOf)).toEqual(['项目', '数量']);
    expect(t.rows.map((r) => r.map(textOf))).toEqual([
      ['宣传', '12'],
      ['走访', '30'],
    ]);
  });

  it('collects footnotes at the end and keeps references in the text', () => {
    const { blocks } = parseStory('正文[^a]。\n\n[^a]: 注释内容（示例）。\n', FILE);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'footnotes']);
    expect(textOf(only(blocks, 'paragraph').inlines)).toBe('正文[^a]。');
    const notes = only(blocks, 'footnotes').notes;
    expect(notes.map((n) => n.id)).toEqual(['a']);
  });

  it('ignores HTML and MDX comments, which hold no content', () => {
    const { blocks } = parseStory('<!-- 编辑备注 -->\n\n正文\n', '/x/a.md');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    const mdx = parseStory('{/* 编辑备注 */}\n\n正文\n', FILE);
    expect(mdx.blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});

describe('parseStory: what cannot be printed is an error naming file and line', () => {
  it('rejects an unknown component', () => {
    expect(() => parseStory('第一段\n\n<Video src="a.mp4" />\n', FILE)).toThrow(`${FILE}:3:1：印刷版不认识组件 <Video>`);
  });

  it('rejects an unknown inline component', () => {
    expect(() => parseStory('文字<Badge>新</Badge>文字', FILE)).toThrow(/story\.mdx:1:3：印刷版不认识组件 <Badge>/);
  });

  it('rejects ESM imports and expressions', () => {
    expect(() => parseStory("import X from './x.js'\n\n正文", FILE)).toThrow(/:1:1：印刷版不支持 import\/export/);
    expect(() => parseStory('\n年龄 {1 + 1} 岁', FILE)).toThrow(/:2:4：印刷版不能计算表达式 \{1 \+ 1\}/);
    expect(() => parseStory('\n{items.map(x => x)}\n', FILE)).toThrow(/:2:1：印刷版不能计算表达式/);
  });

  it('rejects a Figure without alt or with an expression attribute', () => {
    expect(() => parseStory('<Figure src="./a.jpg" caption="图" />', FILE)).toThrow(/:1:1：<Figure> 缺少 alt 属性/);
    expect(() => parseStory('<Figure src={img} alt="a" />', FILE)).toThrow(/src 要写成带引号的文字/);
  });

  it('rejects remote images, code blocks, raw HTML and MDX syntax errors', () => {
    expect(() => parseStory('![a](https://x.org/a.jpg)', FILE)).toThrow(/:1:1：图片“https:\/\/x.org\/a.jpg”是网络地址/);
    expect(() => parseStory('\n```\ncode\n```', FILE)).toThrow(/:2:1：印刷版无法排版这里的代码块/);
    expect(() => parseStory('<div>x</div>', '/x/a.md')).toThrow(/a\.md:1:1：印刷版不能排版 HTML/);
    expect(() => parseStory('\n<Callout title="a">\n正文', FILE)).toThrow(/story\.mdx:\d+(:\d+)?：MDX 语法错误/);
  });

  it('rejects a <Callout> inside a <Callout>, at any depth, naming both and saying how to write it instead', () => {
    const nested = '正文\n\n<Callout title="知识卡片">\n外层的话。\n\n<Callout title="小贴士">\n里层的话。\n</Callout>\n</Callout>\n';
    expect(() => parseStory(nested, FILE)).toThrow(`${FILE}:6:1：<Callout> 不能放在另一个 <Callout> 里面：这里的卡片在第 3 行的卡片“知识卡片”之内`);
    expect(() => parseStory(nested, FILE)).toThrow(/请把里面这个 <Callout>…<\/Callout> 整段移到外层的 <\/Callout> 之后/);
    const inList = '<Callout title="知识卡片">\n\n- 一条\n- <Callout title="小贴士">\n  里层\n  </Callout>\n\n</Callout>\n';
    expect(() => parseStory(inList, FILE)).toThrow(/story\.mdx:4:\d+：<Callout> 不能放在另一个 <Callout> 里面/);
    // Boxes one after another are fine.
    const siblings = parseStory('<Callout title="甲">\n一\n</Callout>\n\n<Callout title="乙">\n二\n</Callout>\n', FILE);
    expect(siblings.blocks.map((b) => (b.kind === 'callout' ? b.title : b.kind))).toEqual(['甲', '乙']);
  });

  it('keeps a footnote reference without a definition as plain text (GFM does), never dropping it', () => {
    expect(textOf(only(parseStory('正文[^x]。', FILE).blocks, 'paragraph').inlines)).toBe('正文[^x]。');
  });
});
