import type { SourceRef } from './model/index.ts';

/** A problem in the content an editor can fix: the message is Chinese and names file and line. */
export class TypesetError extends Error {
  readonly source: SourceRef | undefined;
  /** The message without the place in front of it. */
  readonly reason: string;

  constructor(message: string, source?: SourceRef) {
    super(source ? `${source.file}:${source.line}${source.column ? `:${source.column}` : ''}：${message}` : message);
    this.name = 'TypesetError';
    this.source = source;
    this.reason = message;
  }
}

export function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
