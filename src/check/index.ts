import path from 'node:path';
import { checkEditionFilters } from './check-edition-filters.ts';
import { checkBareUrls } from './check-bare-urls.ts';
import { checkDuplicateTitles } from './check-duplicate-titles.ts';
import { checkEmptyBodies } from './check-empty-bodies.ts';
import { checkEmptyMarkup } from './check-empty-markup.ts';
import { checkFieldMarkup } from './check-field-markup.ts';
import { checkFileNames } from './check-file-names.ts';
import { checkFilePlaces } from './check-file-places.ts';
import { checkFullwidthMarkup } from './check-fullwidth-markup.ts';
import { checkFutureDates } from './check-future-dates.ts';
import { checkLiteralMarkers } from './check-literal-markers.ts';
import { checkPastedTables } from './check-pasted-tables.ts';
import { checkDuplicateSlugs } from './check-slugs.ts';
import { checkGlyphs } from './check-glyphs.ts';
import { checkEmptySections } from './check-headings.ts';
import { checkImages } from './check-images.ts';
import { checkInvisibleCharacters } from './check-invisible-characters.ts';
import { checkJoinedLines } from './check-joined-lines.ts';
import { checkLinks } from './check-links.ts';
import { checkMarkup } from './check-markup.ts';
import { checkParagraphIndent } from './check-paragraph-indent.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkPrintable } from './check-printable.ts';
import { checkQuestionNumbers } from './check-question-numbers.ts';
import { checkSchemas } from './check-schemas.ts';
import { checkSecondTitle } from './check-second-title.ts';
import { checkSetextHeadings } from './check-setext-headings.ts';
import { checkTableCells } from './check-table-cells.ts';
import { checkTagCommas } from './check-tag-commas.ts';
import { checkTrailingComments } from './check-trailing-comments.ts';
import { loadCorpus } from './corpus.ts';
import type { Problem } from './problem.ts';
import { checkProofreading } from './proofread/index.ts';
import { sortProblems } from './report.ts';

export type { Problem } from './problem.ts';
export { formatJson, formatReport, summaryLine } from './report.ts';

/** Every content check, in one pass over content/. Problems come back sorted by file, line and column. */
export async function checkContent(projectRoot: string, contentDir = path.join(projectRoot, 'content')): Promise<Problem[]> {
  const corpus = await loadCorpus(projectRoot, contentDir);
  const images = checkImages(corpus);
  const glyphs = checkGlyphs(corpus);
  const invisible = checkInvisibleCharacters(corpus);
  const problems = [
    ...corpus.unreadable,
    ...checkFilePlaces(corpus),
    ...checkFileNames(corpus),
    ...checkSchemas(corpus),
    ...checkTrailingComments(corpus),
    ...checkPlaceholders(corpus),
    ...checkFutureDates(corpus),
    ...checkLiteralMarkers(corpus),
    ...checkFullwidthMarkup(corpus),
    ...checkPastedTables(corpus),
    ...checkTableCells(corpus),
    ...checkParagraphIndent(corpus),
    ...checkJoinedLines(corpus),
    ...checkDuplicateSlugs(corpus),
    ...checkDuplicateTitles(corpus),
    ...checkLinks(corpus),
    ...checkEditionFilters(corpus),
    ...checkMarkup(corpus),
    ...checkEmptySections(corpus),
    ...checkSecondTitle(corpus),
    ...checkSetextHeadings(corpus),
    ...checkEmptyBodies(corpus),
    ...checkTagCommas(corpus),
    ...checkQuestionNumbers(corpus),
    ...checkFieldMarkup(corpus),
    ...checkEmptyMarkup(corpus),
    ...checkBareUrls(corpus),
    ...checkProofreading(corpus),
    ...(await glyphs),
    ...(await invisible),
    ...(await images),
  ];
  problems.push(...checkPrintable(corpus, problems));
  return sortProblems(problems);
}

/** Thrown by the build's first stage when content has errors; the message is the full report. */
export class ContentCheckError extends Error {
  readonly problems: Problem[];
  constructor(report: string, problems: Problem[]) {
    super(report);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}
