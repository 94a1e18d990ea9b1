import type { SourceRef } from '../model/source.ts';
import { drawnCodePoints, formatCodePoint } from './code-points.ts';
import type { FontSet } from './font-set.ts';

/** A character that no configured face can draw: printing it would leave a blank, so the build stops. */
export class MissingCharacterError extends Error {
  readonly grapheme: string;
  readonly codePoints: string[];
  readonly source: SourceRef;

  constructor(grapheme: string, source: SourceRef, familiesTried: string[]) {
    const codePoints = drawnCodePoints(grapheme).map(formatCodePoint);
    const where = `${source.file} 第 ${source.line} 行${source.column ? `第 ${source.column} 列` : ''}`;
    super(
      `${where}：字符“${grapheme}”（${codePoints.join(' ')}）在印刷字体（${familiesTried.join('、')}）中都没有，` +
        `没法印出来（印出来会是空白），所以读本没有生成。请删除它，或换成常用的汉字或符号。`,
    );
    this.name = 'MissingCharacterError';
    this.grapheme = grapheme;
    this.codePoints = codePoints;
    this.source = source;
  }
}

/** resolve(), but a grapheme no face has becomes a MissingCharacterError naming file and line. */
export function resolveOrThrow(fonts: FontSet, grapheme: string, preferred: string, source: SourceRef): string {
  const font = fonts.resolve(grapheme, preferred);
  if (font !== undefined) return font;
  const families = [...new Set(fonts.searchOrder(preferred).map((id) => fonts.face(id).family))];
  throw new MissingCharacterError(grapheme, source, families);
}
