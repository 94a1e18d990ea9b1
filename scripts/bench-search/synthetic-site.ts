/**
 * A synthetic news site for the search benchmark: N article pages of about 1,500 Chinese characters,
 * written straight as HTML shaped like ours (header, nav, body marked data-pagefind-body, related block
 * ignored, footer, SearchMeta-style attributes, including the empty image SearchMeta gives a page without a
 * cover). Deterministic for a given N and seed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../../tests/search/seeded-random.ts';

const COMMON =
  '的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴急医病省团县村镇乡禁毒戒康复宣防预育愿青少帮扶';
const DOMAIN = [
  '禁毒', '戒毒康复', '三衔接', '社区康复', '社区戒毒', '国际禁毒日', '禁毒志愿者', '禁毒宣传', '预防教育',
  '禁毒协会', '邵阳县', '修车铺', '村医', '禁毒知识', '毒品危害', '青少年', '家长学校', '帮扶救助', '网格员',
  '派出所', '乡镇分会', '禁毒小组', '知识竞赛', '宣传展板', '手抄报', '防范意识', '吸毒人员', '就业帮扶',
];
const CATEGORIES = ['协会动态', '宣传教育', '预防教育', '社戒社康', '队伍建设'];

export interface SyntheticPage {
  /** Path under the site folder, e.g. "bench/0001/index.html". */
  file: string;
  title: string;
  /** The page's indexable text (title + body), as a reader sees it. */
  text: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface ArticleHtml {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  category: string;
  /** The body's HTML (paragraphs, headings), already escaped. */
  bodyHtml: string;
  /** A word for the ignored "related news" block. */
  related: string;
}

/** One news article page shaped like ours (SearchMeta attributes, body marked for Pagefind). */
export function articleHtml({ title, date, category, bodyHtml, related }: ArticleHtml): string {
  const year = date.slice(0, 4);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)} - 邵阳县禁毒协会</title></head>
<body><header><p>邵阳县禁毒协会</p><nav><a href="/">首页</a><a href="/news/">新闻动态</a><a href="/search/">站内搜索</a></nav></header>
<main><article>
<div hidden data-pagefind-ignore><span data-pagefind-meta="title:${escapeHtml(title)}"></span><span data-pagefind-meta="kind:新闻"></span><span data-pagefind-meta="date:${date}"></span><span data-pagefind-meta="image:"></span><span data-pagefind-meta="image_alt:"></span><span data-pagefind-filter="kind:新闻"></span><span data-pagefind-filter="category:${category}"></span><span data-pagefind-filter="year:${year}"></span><span data-pagefind-sort="date:${date} 09:00"></span></div>
<div data-pagefind-body><h1>${escapeHtml(title)}</h1>
${bodyHtml}
</div>
<aside data-pagefind-ignore><h2>相关新闻</h2><ul><li>${escapeHtml(related)}相关报道</li></ul></aside>
</article></main>
<footer><p>邵阳县禁毒协会 版权所有 示例网站</p></footer></body></html>`;
}

export async function writeSyntheticSite(dir: string, count: number, seed = 626): Promise<SyntheticPage[]> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const chars = [...COMMON];
  // A fixed lexicon of 2–3 character words, used with a Zipf-like skew so some words are everywhere.
  const lexicon = Array.from({ length: 4000 }, () => {
    const length = random() < 0.7 ? 2 : 3;
    return Array.from({ length }, () => pick(chars)).join('');
  });
  const word = () => {
    if (random() < 0.08) return pick(DOMAIN);
    if (random() < 0.02) return pick(['6.26', '2025年', '12.3%', '第36届', 'A5']);
    return lexicon[Math.floor(lexicon.length * random() ** 3)];
  };
  const sentence = () => {
    let s = '';
    const words = 6 + Math.floor(random() * 12);
    for (let i = 0; i < words; i++) s += word() + (i < words - 1 && random() < 0.18 ? pick(['，', '、', '：']) : '');
    return s + pick(['。', '。', '。', '！', '？', '；']);
  };
  const pages: SyntheticPage[] = [];
  for (let n = 1; n <= count; n++) {
    const title = `${word()}${word()}${pick(DOMAIN)}${word()}（示例）`;
    const paragraphs: string[] = [];
    let length = 0;
    while (length < 1500) {
      let p = '';
      const sentences = 2 + Math.floor(random() * 5);
      for (let i = 0; i < sentences; i++) p += sentence();
      paragraphs.push(p);
      length += [...p].length;
    }
    const subhead = `${pick(DOMAIN)}${word()}`;
    const year = 2020 + Math.floor(random() * 6);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const category = pick(CATEGORIES);
    const file = `bench/${String(n).padStart(4, '0')}/index.html`;
    const body = paragraphs.map((p, i) => (i === 2 ? `<h2>${subhead}</h2>` : '') + `<p>${escapeHtml(p)}</p>`).join('\n');
    const html = articleHtml({ title, date, category, bodyHtml: body, related: pick(DOMAIN) });
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
    const text = [title, ...paragraphs.flatMap((p, i) => (i === 2 ? [subhead, p] : [p]))].join(' ');
    pages.push({ file, title, text });
  }
  return pages;
}
