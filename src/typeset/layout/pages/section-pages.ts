import type { PageItem, Section } from '../../model/index.ts';
import type { PlacedUnit } from './paginate.ts';

/**
 * A section's pages before finalizing: units in text-block coordinates (no margins, heads or folios yet).
 * `opener` pages carry no running head or folio; `plain` pages (title page, colophon) neither; `cover` pages
 * are drawn in page coordinates.
 */
export interface SectionPage {
  kind: 'opener' | 'body' | 'plain' | 'cover';
  placed: PlacedUnit[];
  /** Extra items in text-block coordinates (vertical alignment is already applied to them). */
  items: PageItem[];
  /** Items in page coordinates (covers). */
  pageItems: PageItem[];
}

export interface SectionLayout {
  section: Section;
  pages: SectionPage[];
  /** The running head on right-hand pages (the story title). */
  runningTitle?: string;
}
