// The engine's input as TEAM.md fixes it (src/typeset/index.ts). Declared here too so the reader's
// assembly compiles and is tested on its own; TypeScript checks both shapes agree where they meet.
import type { Block, BookMeta, Color, FontConfig, PageSettings, Story } from '../typeset/model/index.ts';

export type Section =
  | { kind: 'cover'; title: string; subtitle?: string; lines: string[]; background: Color; foreground: Color; image?: string }
  | { kind: 'page'; blocks: Block[]; align: 'top' | 'center' | 'bottom'; startOn: 'new' | 'right' | 'left'; outline?: string }
  | { kind: 'contents'; title: string; startOn: 'new' | 'right' }
  | { kind: 'story'; story: Story; startOn: 'new' | 'right'; inContents: boolean };

export interface BookInput {
  meta: BookMeta;
  page: PageSettings;
  fonts: FontConfig;
  sections: Section[];
}
