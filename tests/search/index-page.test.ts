import { describe, expect, it } from 'vitest';
import { indexDocument, readIndexablePage, textDigest } from '../../src/lib/search/index-page.ts';
import { decodeToken } from '../../src/lib/search/grams.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>标题</title><script>var s = "头部脚本";</script></head>
<body><header><h1>站点名称</h1></header><nav>导航栏</nav>
<article><div data-pagefind-body>
  <h1>社区康复 &amp; 帮扶</h1>
  <p>第一段<strong>加粗</strong>文字<br>换行</p>
  <aside data-pagefind-ignore>相关文章</aside>
  <form><label>表单</label></form>
  <p data-pagefind-weight="3">重要段落</p>
  <img src="x.jpg" alt="图片说明" data-pagefind-index-attrs="alt">
</div></article>
<footer>页脚</footer></body></html>`;

describe('what a page gives the index', () => {
  it('takes only the body, without ignored parts, keeping heading and explicit weights', () => {
    const read = readIndexablePage(page)!;
    expect(read.blocks).toEqual([
      { weight: '7', text: '社区康复 & 帮扶' },
      { weight: '1', text: '第一段加粗文字 换行' },
      { weight: '3', text: '重要段落' },
      { weight: '1', text: '图片说明' },
    ]);
    expect(read.text).toBe('社区康复 & 帮扶 第一段加粗文字 换行 重要段落 图片说明');
  });

  it('skips pages without data-pagefind-body', () => {
    expect(readIndexablePage('<html><body><p>没有正文</p></body></html>')).toBeUndefined();
  });

  it('hands Pagefind the original body as ignored, a digest of the text as meta, and the tokens as words', () => {
    const read = readIndexablePage(page)!;
    const html = indexDocument(page, read);
    expect(html).toContain('<div data-pagefind-body><div data-pagefind-ignore>');
    expect(html).toContain(`<span data-pagefind-meta="text_digest:${textDigest(read.text)}"></span>`);
    expect(textDigest(read.text)).toMatch(/^\d+$/);
    expect(textDigest(`${read.text}。`)).not.toBe(textDigest(read.text));
    // The text itself is not metadata (Pagefind would index it as giant words).
    expect(html).not.toContain('第一段加粗文字 换行 重要段落');
    const weighted = /<p data-pagefind-weight="7">([a-z ]+)<\/p>/.exec(html)!;
    expect(weighted[1].split(' ').map(decodeToken)).toEqual(['社区', '区康', '康复', '复', '帮扶', '扶']);
    // Outside the body nothing changes.
    expect(html.startsWith(page.slice(0, page.indexOf('<div data-pagefind-body>')))).toBe(true);
    expect(html.endsWith('</div></article>\n<footer>页脚</footer></body></html>')).toBe(true);
  });

  it('keeps only the metadata elements of a body when the page names its title and image itself', () => {
    const withMeta = page
      .replace('<h1>社区康复', '<span data-pagefind-meta="title:标题，含逗号"></span><span data-pagefind-meta="image:"></span><h1>社区康复')
      .replace('<aside data-pagefind-ignore>', '<aside data-pagefind-ignore><span data-pagefind-filter="kind:新闻">x</span>');
    const read = readIndexablePage(withMeta)!;
    expect(read.bodyData).toEqual([
      '<span data-pagefind-meta="title:标题，含逗号"></span><span data-pagefind-meta="image:"></span><span data-pagefind-filter="kind:新闻">x</span>',
    ]);
    const html = indexDocument(withMeta, read);
    expect(html).toContain(`<div data-pagefind-body><div data-pagefind-ignore>${read.bodyData![0]}<span data-pagefind-meta="text_digest:`);
    expect(html).not.toContain('第一段');
    // Without an explicit title or image, Pagefind would take them from the body, so it gets the whole body.
    expect(readIndexablePage(page)!.bodyData).toBeUndefined();
  });

  it('reads the declared title and kind, and gives news and stories their title again as marked tokens, last', () => {
    const declare = (kind: string) =>
      page.replace('<h1>社区康复', `<span data-pagefind-meta="title:禁毒&amp;宣传"></span><span data-pagefind-filter="kind:${kind}"></span><h1>社区康复`);
    const news = readIndexablePage(declare('新闻'))!;
    expect(news).toMatchObject({ title: '禁毒&宣传', kind: '新闻' });
    const lastParagraph = (html: string) => /<p>([a-z0-9 ]+)<\/p>([^<]*<\/div>)*[^<]*<\/article>/.exec(html)?.[1];
    const marked = lastParagraph(indexDocument(declare('新闻'), news))!.split(' ');
    expect(marked.every((token) => token.endsWith('0'))).toBe(true);
    expect(marked.map((token) => decodeToken(token.slice(0, -1)))).toEqual(['禁毒', '毒', '宣传', '传']);
    expect(indexDocument(declare('读本故事'), readIndexablePage(declare('读本故事'))!)).toContain(`<p>${marked.join(' ')}</p>`);
    expect(indexDocument(declare('页面'), readIndexablePage(declare('页面'))!)).not.toMatch(/[a-z]0[ <]/);
  });

  it('names the element when a body is not closed', () => {
    expect(() => readIndexablePage('<html><body><main data-pagefind-body><p>未闭合</body></html>')).toThrow(/<main>/);
  });
});
