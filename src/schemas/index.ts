import './locale.ts';
export * from './vocabulary.ts';
export * from './dates.ts';
export { siteSchema, type Site, type KeyFigure } from './site.ts';
export { newsSchema, nameList } from './news.ts';
export { pageSchema } from './page.ts';
export { branchSchema } from './branch.ts';
export { storySchema } from './story.ts';
export { editionSchema, type Edition } from './edition.ts';
