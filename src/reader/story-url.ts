/**
 * Where a story is read online. One page per story (a story can be in several editions), so the
 * QR code printed in any edition and the search index all point to the same address.
 */
export function storyPath(base: string, storyId: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}reader/stories/${storyId}/`;
}

export function editionPath(base: string, editionId: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}reader/${editionId}/`;
}

export function downloadPath(base: string, file: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}downloads/${file}`;
}

export function absoluteUrl(site: string, pathname: string): string {
  return new URL(pathname, site.endsWith('/') ? site : `${site}/`).href;
}
