import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { loadStories, type StoryEntry } from '../../src/reader/load-stories.ts';
import { resolveEdition, storiesByDate } from '../../src/reader/resolve-edition.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = () => inject('sampleDist');
const html = (p: string) => readFileSync(path.join(dist(), p, 'index.html'), 'utf8');
/** Text content with tags dropped and entities for quotes decoded, enough to find titles in order. */
const text = (h: string) =>
  h
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

let stories: StoryEntry[];
let editions: EditionEntry[];
beforeAll(async () => {
  stories = await loadStories(root);
  editions = await loadEditions(root);
});

describe('web reader pages in the sample build', () => {
  test('/reader/ lists every edition with its description, audience and a link to its contents', () => {
    const page = html('reader');
    for (const e of editions) {
      expect(page).toContain(`href="/reader/${e.id}/"`);
      expect(text(page)).toContain(e.edition.description);
      expect(text(page)).toContain(`适用对象：${e.edition.audience.join('、')}`);
    }
  });

  test('/reader/<edition>/ lists the edition’s stories in book order, each linking to its page', () => {
    for (const e of editions) {
      const page = html(`reader/${e.id}`);
      const contents = page.slice(page.indexOf('<ol class="reader-contents"'));
      const links = [...contents.matchAll(/href="\/reader\/stories\/([^/]+)\/"/g)].map((m) => m[1]);
      expect(links).toEqual(resolveEdition(e, stories).map((s) => s.id));
    }
  });

  test('every story has a page with title, byline, place, body marked for search, and its questions', () => {
    for (const s of stories) {
      const page = html(`reader/stories/${s.id}`);
      expect(page).toContain('lang="zh-CN"');
      const body = page.slice(page.indexOf('data-pagefind-body'));
      expect(body.length).toBeLessThan(page.length);
      expect(text(body)).toContain(s.data.title);
      expect(text(body)).toContain(s.data.author ?? s.data.narrator!);
      expect(text(body)).toContain(s.data.place);
      expect(text(body)).toContain('示例');
      expect(text(body)).toContain('思考与讨论');
      for (const q of s.data.questions) expect(text(body)).toContain(q);
    }
  });

  test('figures and 知识卡片 are rendered with the site’s components', () => {
    const page = html('reader/stories/shanpo-shang-de-hua');
    expect(page).toMatch(/<figure[\s\S]*<img[^>]+alt="山坡上的一座小屋[\s\S]*<figcaption>图为踏查途中看到的山坡菜地/);
    expect(text(page)).toContain('知识卡片');
    expect(text(page)).toContain('在收获前自动铲除的，可以免除处罚');
  });

  test('previous and next follow the stories by date, and the ends say 没有了', () => {
    const ordered = storiesByDate(stories);
    ordered.forEach((s, i) => {
      const page = html(`reader/stories/${s.id}`);
      const prev = /上一个故事：(?:<a href="\/reader\/stories\/([^/]+)\/" rel="prev")?/.exec(page);
      const next = /下一个故事：(?:<a href="\/reader\/stories\/([^/]+)\/" rel="next")?/.exec(page);
      expect(prev?.[1]).toBe(ordered[i - 1]?.id);
      expect(next?.[1]).toBe(ordered[i + 1]?.id);
    });
    expect(html(`reader/stories/${ordered[0].id}`)).toMatch(/上一个故事：没有了/);
  });

  test('no story page is missing and no stray one exists', () => {
    for (const s of stories) expect(existsSync(path.join(dist(), 'reader/stories', s.id, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist(), 'reader/stories/index.html'))).toBe(true);
  });
});
