import path from 'node:path';
import type { Stage } from './pipeline.ts';

/** The build stages by the names editors see (TEAM.md's order). */
const STAGE_NAMES: Record<string, string> = {
  checkContentStage: '检查内容',
  buildEditions: '生成 PDF 读本',
  buildSite: '生成网站',
  installEditionDownloads: '放入读本下载文件',
  buildSearchIndex: '建立站内搜索索引',
  precompress: '压缩文件',
};

/** A build step that threw, named for editors; the original error is its cause. */
export class BuildStepError extends Error {
  readonly step: string;
  constructor(step: string, cause: unknown) {
    super(`“${step}”这一步出错`, { cause });
    this.name = 'BuildStepError';
    this.step = step;
  }
}

/** The step a stage function stands for: its name in Chinese, or its own name when it has none. */
export function stepName(stage: Stage): string {
  return STAGE_NAMES[stage.name] ?? stage.name;
}

/** Runs `work`, wrapping what it throws in a BuildStepError named `step`. */
export async function asStep<T>(step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new BuildStepError(step, error);
  }
}

/** `stage`, with whatever it throws wrapped in a BuildStepError naming the step. */
export function namedStep(stage: Stage): Stage {
  const step = stepName(stage);
  return (projectRoot, outDir) => asStep(step, () => stage(projectRoot, outDir));
}

interface Cause {
  why: string;
  todo: string;
}

const BY_CODE: Record<string, Cause> = {
  ENOSPC: { why: '磁盘空间不够了', todo: '请删除不需要的文件、清空回收站，腾出几百 MB 空间后重新运行 npm run build' },
  EDQUOT: { why: '磁盘空间不够了（超出了账户的空间限额）', todo: '请删除不需要的文件，腾出空间后重新运行 npm run build' },
  EACCES: { why: '没有权限读写这个文件或文件夹', todo: '请确认项目文件夹和 dist/ 不是只读的，或者换一个有权限的账户运行，然后重新构建' },
  EPERM: { why: '没有权限读写这个文件或文件夹（也可能正被其他程序占用）', todo: '请关闭正在打开 dist/ 或这个文件的程序（浏览器、资源管理器预览、杀毒软件），确认文件夹不是只读的，然后重新构建' },
  EBUSY: { why: '文件正被其他程序占用', todo: '请关闭正在打开 dist/ 或这个文件的程序（浏览器、资源管理器、压缩软件），然后重新构建' },
  EMFILE: { why: '同时打开的文件太多', todo: '请关闭其他程序后重新构建' },
  ENFILE: { why: '同时打开的文件太多', todo: '请关闭其他程序后重新构建' },
  ENOMEM: { why: '电脑内存不够', todo: '请关闭其他程序后重新构建' },
  ENOENT: { why: '找不到文件', todo: '构建时请不要移动、删除或改名 content/ 里的文件；改完后重新运行 npm run check 和 npm run build' },
};

const IMAGE_DECODE = /vips|premature end|unsupported image format|corrupt header|bad seek|jpeg datastream|libpng|webp:/i;
const OUT_OF_MEMORY = /heap out of memory|allocation failed|ERR_WORKER_OUT_OF_MEMORY/i;
const HAN = /\p{Script=Han}/u;

/**
 * What an editor reads when the build fails outside the content check and the typesetting engine (whose
 * errors name file and line themselves): which step, which file if known, the likely cause and what to do,
 * in Chinese; then the technical detail for whoever maintains the system.
 */
export function describeBuildFailure(error: unknown, projectRoot: string): string {
  const step = error instanceof BuildStepError ? error.step : undefined;
  const cause = error instanceof BuildStepError ? error.cause : error;
  const file = fileOf(cause, projectRoot);
  const { why, todo } = explain(cause);
  return [
    `构建失败：${step ? `“${step}”这一步出错` : '程序意外出错'}${file ? `（文件：${file}）` : ''}。`,
    `原因：${why}。`,
    `怎么办：${todo}。如果照做后还是失败，或者看不懂原因，请把这条信息（连同下面的技术细节）发给技术人员。`,
    '网站没有更新：dist/ 保持不变，里面还是上一次成功构建的网站。',
    '',
    '技术细节（给技术人员看）：',
    technicalDetail(cause),
  ].join('\n');
}

function explain(error: unknown): Cause {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && BY_CODE[code]) return BY_CODE[code];
  const message = error instanceof Error ? error.message : String(error);
  if (OUT_OF_MEMORY.test(message)) return BY_CODE.ENOMEM;
  if (IMAGE_DECODE.test(message)) {
    return {
      why: '有一张图片无法解码（文件可能损坏，或者只复制了一部分）',
      todo: '请先运行 npm run check 看是哪张图片；检查通过而这里仍然出错时，用看图软件把最近放进 images 文件夹的图片逐张打开，另存为 JPG 后放回',
    };
  }
  // The stages' own messages are written in Chinese for this moment: show the first line as the cause.
  if (HAN.test(message)) return { why: message.split('\n')[0].replace(/[。.]$/, ''), todo: '请按上面的原因改正后重新构建' };
  return { why: '构建程序内部出错，多半不是内容写错了', todo: '请先运行 npm run check 确认内容没有问题，再重新运行 npm run build' };
}

/** The file the error names: a Node error's path, Astro's loc.file, or a content/ path in its message. */
function fileOf(error: unknown, projectRoot: string): string | undefined {
  const e = (error ?? {}) as { path?: unknown; dest?: unknown; loc?: { file?: unknown }; file?: unknown; message?: unknown };
  const named = [e.path, e.dest, e.loc?.file, e.file].find((f): f is string => typeof f === 'string' && f.length > 0);
  if (named) return shown(named, projectRoot);
  const mentioned = /(?:[\w./\\:-]*[\\/])?content[\\/][^\s'"`）)”，,:：]+/.exec(String(e.message ?? ''));
  return mentioned ? shown(mentioned[0], projectRoot) : undefined;
}

function shown(file: string, projectRoot: string): string {
  const absolute = path.resolve(projectRoot, file);
  const relative = path.relative(projectRoot, absolute);
  if (relative.startsWith('..')) return file;
  // Output goes to a staging folder first (publish.ts); editors know it as dist/.
  return relative.split(path.sep).join('/').replace(/^\.dist-staging-[^/]+/, 'dist');
}

function technicalDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = error.stack ?? `${error.name}: ${error.message}`;
  return error.cause === undefined ? own : `${own}\n原因（cause）：${technicalDetail(error.cause)}`;
}
