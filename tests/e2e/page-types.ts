// One representative page of every page type the sample site has. A type is listed once its pages
// exist on main; the paths are those of the sample content.
export interface PageType {
  name: string;
  path: string;
  /** Expected HTTP status of the document (the 404 page is served with 404). */
  status?: number;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
];
