export type * from './source.ts';
export type * from './book.ts';
export type * from './pages.ts';
export type * from './fonts.ts';
