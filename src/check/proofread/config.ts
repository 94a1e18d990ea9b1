import { z } from 'zod';
import type { Corpus } from '../corpus.ts';
import { DEFAULT_DICTIONARY } from './default-dictionary.ts';

/** The proofreading rules, by the names editors use in proofread.yaml and in 校对忽略 comments. */
export const PROOFREAD_RULES = ['错别字', '半角标点', '重复标点', '标点不成对', '多余空格'] as const;
export type ProofreadRule = (typeof PROOFREAD_RULES)[number];

const SEVERITIES = ['错误', '警告', '关闭'] as const;
type Severity = (typeof SEVERITIES)[number];

/** content/proofread.yaml */
export const proofreadConfigSchema = z
  .object({
    rules: z.partialRecord(z.enum(PROOFREAD_RULES), z.enum(SEVERITIES)).default({}),
    dictionary: z.record(z.string().min(1), z.string().min(1)).nullable().default({}),
    ignore: z.array(z.string().min(1)).nullable().default([]),
    files: z.record(z.string().min(1), z.array(z.enum(PROOFREAD_RULES))).nullable().default({}),
  })
  .strict();

export interface ProofreadConfig {
  severity: Record<ProofreadRule, Severity>;
  dictionary: Map<string, string>;
  /** Project-relative file → rules switched off for that file. */
  filesOff: Map<string, Set<ProofreadRule>>;
}

/** The effective configuration: defaults, then content/proofread.yaml (an invalid file is reported by the schema check). */
export function proofreadConfig(corpus: Corpus): ProofreadConfig {
  const file = corpus.data.find((d) => d.collection === 'proofread');
  const parsed = proofreadConfigSchema.safeParse(file?.yaml.data ?? {});
  const settings = parsed.success ? parsed.data : proofreadConfigSchema.parse({});
  const severity = Object.fromEntries(PROOFREAD_RULES.map((rule) => [rule, settings.rules[rule] ?? '警告'])) as Record<ProofreadRule, Severity>;
  const dictionary = new Map(Object.entries({ ...DEFAULT_DICTIONARY, ...(settings.dictionary ?? {}) }));
  for (const word of settings.ignore ?? []) dictionary.delete(word);
  const filesOff = new Map<string, Set<ProofreadRule>>();
  for (const [name, rules] of Object.entries(settings.files ?? {})) {
    filesOff.set(name.replace(/^\.?\//, ''), new Set(rules));
  }
  return { severity, dictionary, filesOff };
}
