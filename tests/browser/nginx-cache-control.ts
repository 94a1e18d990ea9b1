/**
 * The Cache-Control rules of deploy/nginx.conf (its `map $uri $jdxh_cache_control`), for serveStatic's
 * cacheControl option: browser tests then cache and revalidate as readers' browsers do with the real
 * server. The config's base path (/jdxh/) is read as the test site's base.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const CONF = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');
const CONF_BASE = '/jdxh/';

export function nginxCacheControl(base = '/'): (pathname: string) => string {
  const conf = readFileSync(CONF, 'utf8');
  const map = /map \$uri \$jdxh_cache_control \{([^}]*)\}/.exec(conf)?.[1];
  if (!map) throw new Error('deploy/nginx.conf has no map $uri $jdxh_cache_control');
  let fallback = '';
  const rules: Array<[RegExp, string]> = [];
  for (const [, key, value] of map.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)) {
    if (key === 'default') fallback = value;
    else if (key.startsWith('~')) rules.push([new RegExp(key.slice(1).split(CONF_BASE).join(base)), value]);
  }
  // nginx tries the regular expressions in the order they are written.
  return (pathname) => rules.find(([pattern]) => pattern.test(pathname))?.[1] ?? fallback;
}
