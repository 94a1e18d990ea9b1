import { checkContent, ContentCheckError, formatReport } from '../check/index.ts';

/**
 * First build stage: every content check. Errors stop the build before any output is written
 * (the thrown error's message is the full Chinese report); warnings are printed and the build goes on.
 */
export async function checkContentStage(projectRoot: string, _outDir: string): Promise<void> {
  const problems = await checkContent(projectRoot);
  if (problems.some((p) => p.level === 'error')) throw new ContentCheckError(formatReport(problems), problems);
  if (problems.length) console.warn(formatReport(problems));
}
