export interface PageOf<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
}

/** Splits a list into pages of `size`; page 1 always exists, even for an empty list. */
export function paginate<T>(all: T[], size: number): PageOf<T>[] {
  const last = Math.max(1, Math.ceil(all.length / size));
  return Array.from({ length: last }, (_, i) => ({
    items: all.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
    total: all.length,
  }));
}

/** /news/ for page 1, /news/page/2/ after that. */
export function pagePath(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}page/${page}/`;
}
