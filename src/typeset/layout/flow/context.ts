import type { Color, Measurer } from '../../model/index.ts';
import type { Frame } from '../frame.ts';

/** Font ids for each role, after reading the FontConfig. */
export interface BookFonts {
  body: string;
  bold: string;
  heading: string;
  /** Kai (or the body face when none is configured) for blockquotes. */
  quote: string;
  code: string;
  /** A real Kai face exists: emphasis uses it; otherwise emphasis gets 着重号 dots. */
  hasKai: boolean;
}

export interface ImageSize {
  width: number;
  height: number;
}

export interface FlowContext {
  measurer: Measurer;
  frame: Frame;
  fonts: BookFonts;
  /** Pixel sizes of every image, read before layout. */
  images: Map<string, ImageSize>;
  color: Color;
  grayscale: boolean;
  /** Footnote id → number, per story. */
  footnoteNumbers: Map<string, number>;
}

/** Where blocks are set: left offset from the text block and the line length (whole ems). */
export interface Box {
  left: number;
  measure: number;
  /** Font for running text (the quote face inside blockquotes). */
  font: string;
  /** First-line indent in pt. */
  indent: number;
}

export const BLACK: Color = { r: 0, g: 0, b: 0 };
