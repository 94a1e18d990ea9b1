import { base } from 'astro:config/client';

/**
 * Every internal link goes through url(): the site may live under a sub-folder (BASE_PATH=/jdxh/),
 * so "/news/" must become "/jdxh/news/". The base comes from the Astro config itself, not from
 * import.meta.env.BASE_URL, which an environment variable of the same name can override.
 */
export const BASE = base.endsWith('/') ? base : `${base}/`;

export function url(path = '/'): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  return BASE + path.replace(/^\/+/, '');
}

/** The absolute address of a page or asset, for canonical links, Open Graph and RSS. */
export function absoluteUrl(pathOrUrl: string, site: URL | undefined): string {
  const local = pathOrUrl.startsWith(BASE) ? pathOrUrl : url(pathOrUrl);
  return site ? new URL(local, site).href : local;
}
