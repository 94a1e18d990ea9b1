import { z } from 'zod';
import { beijingDate } from './dates.ts';
import { NEWS_CATEGORIES } from './vocabulary.ts';

/** One name or a list of names; always a list afterwards. */
export const nameList = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

/** The fields that do not depend on the entry; built once (see newsSchema). */
const fields = {
  title: z.string().min(1).max(80),
  date: beijingDate,
  source: z.string().min(1),
  correspondents: nameList,
  editor: z.string().min(1),
  category: z.enum(NEWS_CATEGORIES),
  summary: z.string().min(1).max(200),
  coverAlt: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).default([]),
  draft: z.boolean().default(false),
};

/**
 * A news article's frontmatter. `image` is the type of image fields: Astro passes its `image()`
 * helper (so covers go through the image pipeline); Node scripts keep the default, a path string.
 * Astro calls this once per article (its image() knows the article's file), so only the object around the
 * fields is made per call: building every field anew cost more than parsing (a third of a second at 1000).
 */
export const newsSchema = <I extends z.ZodType>(image: I | z.ZodString = z.string().min(1)) =>
  z
    .object({
      title: fields.title,
      date: fields.date,
      source: fields.source,
      correspondents: fields.correspondents,
      editor: fields.editor,
      category: fields.category,
      summary: fields.summary,
      cover: image.optional(),
      coverAlt: fields.coverAlt,
      tags: fields.tags,
      draft: fields.draft,
    })
    .strict()
    .refine((d) => !d.cover || d.coverAlt, {
      message: '有封面图（cover）时必须填写封面说明（coverAlt）',
      path: ['coverAlt'],
    });
