import type { Corpus } from '../corpus.ts';
import type { LineIndex } from '../source-text.ts';
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
import { textBlocks, type TextBlock } from './text-blocks.ts';
import { yamlTextBlocks } from './yaml-text.ts';

/** Frontmatter fields that are prose readers see. */
const ENTRY_TEXT_FIELDS = ['title', 'subtitle', 'summary', 'coverAlt'] as const;
const EDITION_TEXT_FIELDS = ['title', 'subtitle', 'description', 'foreword', 'backCover'] as const;

interface ProseFile {
  file: string;
  source: string;
  lines: LineIndex;
  blocks: TextBlock[];
}

/** 校对: the proofreading rules over the prose of every content file (code is never proofread). */
export function checkProofreading(corpus: Corpus): Problem[] {
  const config = proofreadConfig(corpus);
  const files: ProseFile[] = [
    ...corpus.entries.map((entry) => ({
      file: entry.file,
      source: entry.source,
      lines: entry.lines,
      blocks: [
        ...(entry.frontmatter ? yamlTextBlocks(entry.frontmatter.yaml, entry.source, entry.frontmatter.offset, ENTRY_TEXT_FIELDS) : []),
        ...(entry.tree ? textBlocks(entry.tree, entry.source) : []),
      ],
    })),
    ...corpus.data
      .filter((d) => d.collection === 'editions')
      .map((edition) => ({
        file: edition.file,
        source: edition.source,
        lines: edition.lines,
        blocks: yamlTextBlocks(edition.yaml, edition.source, 0, EDITION_TEXT_FIELDS),
      })),
  ];
  return files.flatMap((file) => proofreadFile(file, config));
}

function proofreadFile({ file, source, lines, blocks }: ProseFile, config: ProofreadConfig): Problem[] {
  const locate = (offset: number) => lines.locate(offset);
  const suppressions = findSuppressions(source, locate);
  const fileOff = config.filesOff.get(file) ?? config.filesOff.get(file.replace(/^content\//, ''));
  const problems: Problem[] = suppressions.unknownNames.map(({ name, line, column }) => ({
    file,
    line,
    column,
    level: 'warning' as const,
    rule: '校对忽略',
    message: `“校对忽略”里的规则名“${name}”不存在`,
    fix: `可用的规则名：${PROOFREAD_RULES.join('、')}`,
  }));
  for (const block of blocks) {
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
        file,
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
