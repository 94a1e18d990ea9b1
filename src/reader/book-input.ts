// The engine's input types (src/typeset/model/book.ts), re-exported for the reader's assembly.
export type { BookInput, Section } from '../typeset/model/index.ts';
