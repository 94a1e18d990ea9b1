/**
 * Behaviour of the search page: reads ?q= and the filters from the URL, runs the search, keeps the URL
 * in step (so a search can be shared as a link), shows results ten at a time.
 */
import { startSearch, type FilterCounts, type PagefindApi, type SearchHit, type SearchSession } from '../../lib/search/client.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import { FILTERS, orderFilterValues } from '../../lib/search/facets.ts';
import { PINYIN_FILE, pinyinLetters, pinyinReader, type PinyinReader, type PinyinWords } from '../../lib/search/pinyin.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;

function element<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`搜索页缺少元素 ${selector}`);
  return found;
}

/** Text with its matches in <mark>. */
function appendMarked(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(part.text);
  }
}

function renderHit(hit: SearchHit, base: string): HTMLLIElement {
  const item = document.createElement('li');
  if (hit.image) {
    const img = document.createElement('img');
    img.className = 'search-result-thumb';
    img.src = hit.image;
    img.alt = '';
    img.loading = 'lazy';
    img.width = 80;
    img.height = 60;
    item.append(img);
  }
  const body = document.createElement('div');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url.startsWith(base) ? hit.url : base + hit.url.replace(/^\/+/, '');
  appendMarked(link, hit.titleParts);
  heading.append(link);
  body.append(heading);
  const details = [hit.kind, hit.date].filter(Boolean).join(' · ');
  if (details) {
    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    meta.textContent = details;
    body.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  if (hit.excerpt.cutStart) excerpt.append('…');
  appendMarked(excerpt, hit.excerpt.parts);
  if (hit.excerpt.cutEnd) excerpt.append('…');
  body.append(excerpt);
  item.append(body);
  return item;
}

/**
 * Pagefind runs on the page's main thread, where it can use the files the page preloads (see
 * src/build/search-preload.ts), and asks for its entry file under the index's hash, the address preloaded.
 */
function pagefindOptions(bundle: string, base: string): Record<string, unknown> {
  const tag = indexTag();
  return { basePath: bundle, baseUrl: base, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) };
}

/** The index's hash, from the preloaded entry's address; it changes whenever the index does. */
function indexTag(): string | null {
  const entry = document.querySelector<HTMLLinkElement>('link[rel="preload"][href*="pagefind-entry.json?ts="]');
  return entry ? new URL(entry.href).searchParams.get('ts') : null;
}

/** The pinyin word list (src/build/search-pinyin.ts), fetched the first time a query is all letters. */
function pinyinLoader(bundle: string): () => Promise<PinyinReader | undefined> {
  let loading: Promise<PinyinReader | undefined> | undefined;
  return () =>
    (loading ??= fetch(`${bundle}${PINYIN_FILE}?ts=${indexTag() ?? ''}`)
      .then((response) => (response.ok ? (response.json() as Promise<PinyinWords>) : []))
      .then(pinyinReader)
      .catch(() => undefined));
}

export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = element<HTMLFormElement>(root, 'form');
  const input = element<HTMLInputElement>(root, '#search-q');
  const sortSelect = element<HTMLSelectElement>(root, '#search-sort');
  const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = element<HTMLElement>(root, '#search-status');
  const list = element<HTMLOListElement>(root, '#search-results');
  const more = element<HTMLButtonElement>(root, '#search-more');
  const empty = element<HTMLElement>(root, '#search-empty');
  const pinyinHint = element<HTMLElement>(root, '#search-pinyin-hint');

  let api: PagefindApi | undefined;
  const loadPinyin = pinyinLoader(`${base}pagefind/`);
  let session: SearchSession | undefined;
  let serial = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') === 'date' ? 'date' : '';

  const readRequest = () => ({
    query: input.value,
    filters: Object.fromEntries(filterSelects.map((s) => [s.dataset.filter!, s.value])),
    sort: sortSelect.value === 'date' ? ('date' as const) : ('relevance' as const),
  });

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const s of filterSelects) if (s.value) next.set(s.dataset.filter!, s.value);
    if (sortSelect.value) next.set('sort', sortSelect.value);
    const query = next.toString();
    const target = `${location.pathname}${query ? `?${query}` : ''}`;
    if (target !== `${location.pathname}${location.search}`) history.replaceState(null, '', target);
  };

  // The filters chosen in the URL count from the first search on, before the lists of values arrive.
  for (const select of filterSelects) {
    const wanted = params.get(select.dataset.filter!) ?? '';
    if (wanted) select.add(new Option(wanted, wanted, true, true));
  }

  // On a phone the filters wait closed behind 筛选与排序, so that the results come first; they are open on a
  // wide screen, and when the link already narrows or orders the results (the reader should see why).
  const filtersBox = element<HTMLDetailsElement>(root, '.search-filters-toggle');
  if (matchMedia('(min-width: 48em)').matches || filterSelects.some((s) => s.value) || sortSelect.value) filtersBox.open = true;

  const fillFilters = (all: FilterCounts) => {
    for (const select of filterSelects) {
      const key = select.dataset.filter!;
      const chosen = select.value;
      const values = orderFilterValues(key, Object.keys(all[key] ?? {}));
      if (chosen && !values.includes(chosen)) values.push(chosen);
      select.length = 1;
      for (const value of values) select.add(new Option(value, value));
      select.value = chosen;
    }
  };

  const updateCount = () => {
    if (!session) return;
    const { value, exact } = session.count();
    const quoted = session.readAs.map((q) => `“${q}”`).join('、');
    const readAs = !quoted ? '' : session.asTyped ? `（也按${quoted}搜索）` : `（按拼音搜索了${quoted}）`;
    status.textContent = value === 0 ? '没有找到相关内容。' : `找到${exact ? ' ' : '约 '}${value} 条结果${readAs}`;
  };

  const showMore = async (id: number, focusFirst: boolean) => {
    if (!session) return;
    more.disabled = true;
    const shownBefore = list.children.length;
    await session.next(PAGE_SIZE, (hit) => {
      if (id !== serial) return;
      const item = renderHit(hit, base);
      list.append(item);
      // At once, not after the last of the ten: the button is disabled meanwhile, and a disabled
      // button loses focus, so a keyboard user would be left at the top of the page.
      if (focusFirst && list.children.length === shownBefore + 1) item.querySelector('a')?.focus();
    });
    if (id !== serial) return;
    more.hidden = session.done();
    more.disabled = false;
    updateCount();
    if (list.children.length === 0) {
      empty.hidden = false;
      // Letters and no Chinese character, read as no word of the site: pinyin we could not make out.
      pinyinHint.hidden = pinyinLetters(input.value) === undefined;
      status.textContent = `没有找到与“${input.value.trim()}”相关的内容。`;
    }
  };

  const run = async () => {
    const id = ++serial;
    syncUrl();
    if (!api) return;
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    const request = readRequest();
    const pinyin = pinyinLetters(request.query) ? await loadPinyin() : undefined;
    if (id !== serial) return;
    const started = await startSearch(api, request, pinyin);
    if (id !== serial) return;
    session = started;
    if (!session) {
      status.textContent = '请输入要搜索的词，或选择筛选条件。';
      return;
    }
    status.textContent = '正在搜索…';
    await showMore(id, false);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run(), TYPING_DELAY_MS);
  });
  for (const select of [...filterSelects, sortSelect]) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(serial, true));
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-suggest]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = link.dataset.suggest ?? '';
      void run();
      input.focus();
    });
  }

  status.textContent = '正在载入搜索…';
  (async () => {
    const bundle = `${base}pagefind/`;
    const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    await loaded.options(pagefindOptions(bundle, base));
    await loaded.init();
    api = loaded;
    root.dataset.ready = 'true';
    // The filter lists wait for the first results: on a slow link their files would delay them.
    await run();
    fillFilters(await loaded.filters());
  })().catch(() => {
    status.textContent = '搜索暂时无法使用，请稍后再试。';
  });
}
