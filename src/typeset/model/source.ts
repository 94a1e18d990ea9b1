/** Where a piece of content came from, so every error can name file and line. */
export interface SourceRef {
  file: string;
  line: number;
  column?: number;
}
