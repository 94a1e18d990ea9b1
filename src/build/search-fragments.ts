/**
 * Pagefind's fragment files (one per page: what a result shows) rewritten to carry the page's real text.
 *
 * Pagefind stores in each fragment the text it indexed, which for us is the character-pair tokens: of no
 * use in the browser, and three times the size of the text itself. The search page needs the real text
 * (for excerpts and the exact check), so the fragment's `content` becomes that text. We do not hand the
 * text to Pagefind as metadata instead: Pagefind 1.6 indexes every metadata field as searchable words,
 * which would put each paragraph into the index as one giant word.
 *
 * A fragment file is gzip("pagefind_dcd" + JSON), either one page's fragment or, when Pagefind bundles
 * them (its maxFragments option), an object of fragments by hash.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';
/** Where Pagefind puts fragment files in its bundle, and their extension. */
export const FRAGMENT_DIR = 'fragment';
export const FRAGMENT_EXTENSION = '.pf_fragment';

interface Fragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';
}

function withText(fragment: Fragment, textByUrl: ReadonlyMap<string, string>, file: string): Fragment {
  const text = textByUrl.get(fragment.url);
  if (text === undefined) throw new Error(`搜索索引失败：片段 ${file} 的网址 ${fragment.url} 不对应任何已收录页面`);
  return { ...fragment, content: text };
}

/** One fragment file's bytes, with each page's content replaced by its real text (looked up by URL). */
export function rewriteFragmentFile(bytes: Uint8Array, textByUrl: ReadonlyMap<string, string>, file: string): Buffer {
  const decoded = gunzipSync(bytes).toString('utf8');
  if (!decoded.startsWith(SIGNATURE)) throw new Error(`搜索索引失败：${file} 不是 Pagefind 片段文件`);
  const data: unknown = JSON.parse(decoded.slice(SIGNATURE.length));
  let rewritten: unknown;
  if (isFragment(data)) rewritten = withText(data, textByUrl, file);
  else if (typeof data === 'object' && data !== null && Object.values(data).every(isFragment)) {
    rewritten = Object.fromEntries(Object.entries(data).map(([hash, f]) => [hash, withText(f as Fragment, textByUrl, file)]));
  } else throw new Error(`搜索索引失败：无法读取 Pagefind 片段文件 ${file}`);
  // Node's gzip writes no time stamp: the same text always gives the same bytes.
  return gzipSync(SIGNATURE + JSON.stringify(rewritten), { level: 9 });
}

