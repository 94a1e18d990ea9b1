import { z } from 'zod';
import { beijingDate } from './dates.ts';
import { AUDIENCES, GB40070_MINIMUMS, TRIM_SIZES, strictestAudience, type Audience } from './vocabulary.ts';

const PT_PER_MM = 72 / 25.4;
/** Line pitch (× body size) when an edition does not set one. */
const DEFAULT_LINE_PITCH = 1.75;

const storySelection = z.union([
  z.object({ ids: z.array(z.string().min(1)).min(1) }).strict(),
  z
    .object({
      filter: z
        .object({
          audiences: z.array(z.enum(AUDIENCES)).optional(),
          tags: z.array(z.string().min(1)).optional(),
        })
        .strict(),
      order: z.enum(['date', 'date-desc', 'title']).default('date'),
    })
    .strict(),
]);

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应写成 #RRGGBB，例如 #1F4E79');

/** A 准印证 number as the permit states it: it names 准 (准印, 内准字…) and ends in 号 (a bare number is read as text, then refused). */
const permit = z.coerce
  .string()
  .trim()
  .regex(/准.*号$/u, '准印证号要按准印证上的写法完整照抄，以“号”结尾，例如 permit: 湘（示例）准印字 0000 号');

/** content/editions/*.yaml: one print edition of the reader. The file name is the edition id. */
export const editionSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    year: z.number().int().min(2000).max(2100),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    description: z.string().min(1),
    foreword: z.string().min(1),
    stories: storySelection,
    trim: z.enum(TRIM_SIZES),
    bodySize: z.number().min(9).max(24),
    linePitch: z.number().min(1.4).max(2.2).optional(),
    grayscale: z.boolean().default(false),
    booklet: z.boolean().default(false),
    cover: z
      .object({ background: colour, foreground: colour, image: z.string().min(1).optional() })
      .strict(),
    backCover: z.string().min(1),
    colophon: z
      .object({
        publisher: z.string().min(1),
        address: z.string().min(1),
        printRun: z.number().int().positive(),
        date: beijingDate,
        free: z.boolean().default(true),
        /**
         * 准印证号 of an internal publication (内部资料性出版物): when set, the cover and the 版本记录页 carry it
         * and 内部资料　免费交流, and the 版本记录页 names the printer.
         */
        permit: permit.optional(),
        /** 印刷单位: the print shop. Required with a permit. */
        printer: z.string().trim().min(1, '印刷单位（printer）不能为空：请填写印刷厂的名称，或删去这一行').optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const strictest = strictestAudience(e.audience, 'bodyPt');
    const floor = GB40070_MINIMUMS[strictest].bodyPt;
    if (e.bodySize < floor) {
      ctx.addIssue({
        code: 'custom',
        path: ['bodySize'],
        message: `正文字号 ${e.bodySize} pt 小于 GB 40070-2021 对“${strictest}”读者的下限 ${floor} pt，请改为 ${floor} 或更大`,
      });
    }
    // Without a linePitch the fix is a line to add under bodySize: point there.
    const gapIssue = lineGapIssue(e.bodySize, e.linePitch, e.audience);
    if (gapIssue) ctx.addIssue({ code: 'custom', path: [e.linePitch === undefined ? 'bodySize' : 'linePitch'], message: gapIssue });
    for (const issue of internalPublicationIssues(e.colophon)) ctx.addIssue({ code: 'custom', ...issue });
  })
  .transform((e) => ({ ...e, linePitch: e.linePitch ?? DEFAULT_LINE_PITCH }));

/**
 * The blank between lines (pitch × size − size) against GB 40070-2021 for the strictest audience named.
 * The smallest pitch that passes is rounded up to hundredths, so the suggested value itself passes.
 */
export function lineGapIssue(bodySize: number, linePitch: number | undefined, audience: readonly Audience[]): string | undefined {
  const strictest = strictestAudience(audience, 'lineGapMm');
  const floorMm = GB40070_MINIMUMS[strictest].lineGapMm;
  const pitch = linePitch ?? DEFAULT_LINE_PITCH;
  const gapMm = (bodySize * pitch - bodySize) / PT_PER_MM;
  if (gapMm >= floorMm) return undefined;
  const minPitch = Math.ceil(((bodySize + floorMm * PT_PER_MM) / bodySize) * 100) / 100;
  const shortfall = `${bodySize} pt 正文的行间空白只有 ${gapMm.toFixed(1)} mm，小于 GB 40070-2021 对“${strictest}”读者的下限 ${floorMm.toFixed(1)} mm`;
  return linePitch === undefined
    ? `没有填写行距（linePitch），按默认的 ${DEFAULT_LINE_PITCH} 倍，${shortfall}，请在 bodySize 下面加一行 linePitch: ${minPitch}（或更大）`
    : `行距 ${linePitch} 倍（linePitch）使 ${shortfall}，请把 linePitch 改为 ${minPitch} 或更大`;
}

/**
 * An internal publication (内部资料性出版物, one with a 准印证) must name its printer, and is exchanged free of
 * charge (内部资料　免费交流): a permit without a printer, or with free: false, is an error.
 */
function internalPublicationIssues(c: { permit?: string; printer?: string; free: boolean }): Array<{ path: string[]; message: string }> {
  if (c.permit === undefined) return [];
  const issues: Array<{ path: string[]; message: string }> = [];
  if (c.printer === undefined) {
    issues.push({
      path: ['colophon', 'permit'],
      message: '填写了准印证号（permit）的内部资料，版本记录页还必须印出印刷单位：请在 colophon 下面加一行 printer: 印刷厂的名称，例如 printer: 邵阳县某印刷厂（示例）',
    });
  }
  if (!c.free) {
    issues.push({
      path: ['colophon', 'free'],
      message: '内部资料只能免费交流，不能收费：填写了准印证号（permit）时请把 free 改为 true（或删去 free 这一行）',
    });
  }
  return issues;
}

export type Edition = z.infer<typeof editionSchema>;
