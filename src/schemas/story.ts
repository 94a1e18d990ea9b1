import { z } from 'zod';
import { beijingDate } from './dates.ts';
import { AUDIENCES } from './vocabulary.ts';

/** content/stories/*.mdx: one story of the reader 《讲好身边的禁毒故事》. */
export const storySchema = <I extends z.ZodType>(image: I | z.ZodString = z.string().min(1)) =>
  z
    .object({
      title: z.string().min(1).max(60),
      subtitle: z.string().min(1).optional(),
      author: z.string().min(1).optional(),
      narrator: z.string().min(1).optional(),
      place: z.string().min(1),
      date: beijingDate,
      audiences: z.array(z.enum(AUDIENCES)).min(1),
      tags: z.array(z.string().min(1)).default([]),
      summary: z.string().min(1).max(200),
      questions: z.array(z.string().min(1)).min(1),
      cover: image.optional(),
      coverAlt: z.string().min(1).optional(),
    })
    .strict()
    .refine((s) => s.author || s.narrator, {
      message: '请填写作者（author）或讲述人（narrator）',
      path: ['author'],
    })
    .refine((s) => !s.cover || s.coverAlt, {
      message: '有封面图（cover）时必须填写封面说明（coverAlt）',
      path: ['coverAlt'],
    });
