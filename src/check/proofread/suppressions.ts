import { PROOFREAD_RULES, type ProofreadRule } from './config.ts';

/**
 * Rules switched off by comments in the file itself:
 *   <!-- 校对忽略全文: 半角标点 -->  or  # 校对忽略全文: 半角标点 (in the frontmatter)  → the whole file
 *   <!-- 校对忽略: 错别字 -->  or  {/* 校对忽略 *\/}                                    → this line and the next
 * Without rule names, every proofreading rule is off. Several names are separated by 、 , or spaces.
 */
export interface Suppressions {
  isOff(rule: ProofreadRule, line: number): boolean;
  /** Names in directives that are not rules, with their line, to report. */
  unknownNames: { name: string; line: number; column: number }[];
}

const DIRECTIVE = /校对忽略(全文)?[ \t]*(?:[:：][ \t]*([^\n]*?))?[ \t]*(?:-->|\*\/|\}|$)/gmu;

export function findSuppressions(source: string, locate: (offset: number) => { line: number; column: number }): Suppressions {
  const wholeFile = new Set<ProofreadRule>();
  const byLine = new Map<number, Set<ProofreadRule>>();
  const unknownNames: Suppressions['unknownNames'] = [];
  for (const match of source.matchAll(DIRECTIVE)) {
    const names = (match[2] ?? '').split(/[、,，\s]+/).filter(Boolean);
    const at = locate(match.index);
    const rules = new Set<ProofreadRule>();
    for (const name of names) {
      if ((PROOFREAD_RULES as readonly string[]).includes(name)) rules.add(name as ProofreadRule);
      else unknownNames.push({ name, ...at });
    }
    const effective = names.length === 0 ? new Set(PROOFREAD_RULES) : rules;
    if (match[1]) {
      for (const rule of effective) wholeFile.add(rule);
      continue;
    }
    for (const line of [at.line, at.line + 1]) {
      const set = byLine.get(line) ?? new Set<ProofreadRule>();
      for (const rule of effective) set.add(rule);
      byLine.set(line, set);
    }
  }
  return {
    isOff: (rule, line) => wholeFile.has(rule) || (byLine.get(line)?.has(rule) ?? false),
    unknownNames,
  };
}
