import { z } from 'zod';
import { beijingDate } from './dates.ts';
import { NEWS_CATEGORIES } from './vocabulary.ts';

/** One name or a list of names; always a list afterwards. */
export const nameList = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * A news article's frontmatter. `image` is the type of image fields: Astro passes its `image()`
 * helper (so covers go through the image pipeline); Node scripts keep the default, a path string.
 */
export const newsSchema = <I extends z.ZodType>(image: I | z.ZodString = z.string().min(1)) =>
  z
    .object({
      title: z.string().min(1).max(80),
      date: beijingDate,
      source: z.string().min(1),
      correspondents: nameList,
      editor: z.string().min(1),
      category: z.enum(NEWS_CATEGORIES),
      summary: z.string().min(1).max(200),
      cover: image.optional(),
      coverAlt: z.string().min(1).optional(),
      tags: z.array(z.string().min(1)).default([]),
      draft: z.boolean().default(false),
    })
    .strict()
    .refine((d) => !d.cover || d.coverAlt, {
      message: '有封面图（cover）时必须填写封面说明（coverAlt）',
      path: ['coverAlt'],
    });
