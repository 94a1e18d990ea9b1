import Figure from './Figure.astro';
import Callout from './Callout.astro';

/** Pass to <Content components={contentComponents} /> so MDX in news and stories needs no imports. */
export const contentComponents = { Figure, Callout };
