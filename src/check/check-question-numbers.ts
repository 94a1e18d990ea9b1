import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/** A number typed before a question: 1. 1、 1． （1） (1) ① 一、 第一题： */
const TYPED_NUMBER = /^\s*(?:\d{1,2}\s*[.、．:：)）]|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}题[:：、]?)\s*/u;

/**
 * A story's `questions` are printed and shown as a numbered list (思考与讨论: 1. 2. 3.). A number typed before a
 * question is printed after that one: “1. 1、故事中的老人……”.
 */
export function checkQuestionNumbers(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry): Problem[] => {
    if (entry.collection !== 'stories') return [];
    const questions = (entry.frontmatter?.yaml.data as { questions?: unknown } | undefined)?.questions;
    if (!Array.isArray(questions)) return [];
    const numbered = questions.flatMap((q, i) => (typeof q === 'string' && TYPED_NUMBER.test(q) ? [i] : []));
    if (!numbered.length) return [];
    const first = numbered[0];
    const written = questions[first] as string;
    const typed = TYPED_NUMBER.exec(written)![0].trim();
    return [
      {
        file: entry.file,
        ...entry.where.value(['questions', first]),
        level: 'error',
        rule: 'questions',
        message: `“questions”（讨论题）${numbered.length > 1 ? `有 ${numbered.length} 题` : `第 ${first + 1} 题`}前面写了编号“${typed}”：讨论题会自动编号，网页和印刷版上会变成“${first + 1}. ${written.trim()}”`,
        fix: `请删掉每道题前面的编号，只写题目，例如：- ${written.replace(TYPED_NUMBER, '')}`,
      },
    ];
  });
}
