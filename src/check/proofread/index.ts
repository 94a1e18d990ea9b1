import type { ContentEntry, Corpus } from '../corpus.ts';
import type { Problem } from '../problem.ts';
import { PROOFREAD_RULES, proofreadConfig, type ProofreadConfig } from './config.ts';
import {
  findDictionaryWords,
  findDoubledPunctuation,
  findHalfWidthPunctuation,
  findStraySpaces,
  findUnbalancedPairs,
  type Finding,
} from './rules.ts';
import { findSuppressions } from './suppressions.ts';
import { textBlocks } from './text-blocks.ts';

/** 校对: the proofreading rules over the prose of every Markdown/MDX file (code is never proofread). */
export function checkProofreading(corpus: Corpus): Problem[] {
  const config = proofreadConfig(corpus);
  return corpus.entries.flatMap((entry) => proofreadEntry(entry, config));
}

function proofreadEntry(entry: ContentEntry, config: ProofreadConfig): Problem[] {
  if (!entry.tree) return [];
  const locate = (offset: number) => entry.lines.locate(offset);
  const suppressions = findSuppressions(entry.source, locate);
  const fileOff = config.filesOff.get(entry.file) ?? config.filesOff.get(entry.file.replace(/^content\//, ''));
  const problems: Problem[] = suppressions.unknownNames.map(({ name, line, column }) => ({
    file: entry.file,
    line,
    column,
    level: 'warning' as const,
    rule: '校对忽略',
    message: `“校对忽略”里的规则名“${name}”不存在`,
    fix: `可用的规则名：${PROOFREAD_RULES.join('、')}`,
  }));
  for (const block of textBlocks(entry.tree, entry.source)) {
    const findings: Finding[] = [
      ...findDictionaryWords(block, config.dictionary),
      ...findHalfWidthPunctuation(block),
      ...findDoubledPunctuation(block),
      ...findUnbalancedPairs(block),
      ...findStraySpaces(block),
    ];
    for (const finding of findings) {
      const severity = config.severity[finding.rule];
      if (severity === '关闭' || fileOff?.has(finding.rule)) continue;
      const position = locate(block.offsets[finding.index]);
      if (suppressions.isOff(finding.rule, position.line)) continue;
      problems.push({
        file: entry.file,
        ...position,
        level: severity === '错误' ? 'error' : 'warning',
        rule: finding.rule,
        message: `校对（${finding.rule}）：${finding.message}`,
        fix: `${finding.fix}（确实无误时，可用“校对忽略: ${finding.rule}”注释关闭，见编辑指南）`,
      });
    }
  }
  return problems;
}
