import { z } from 'zod';
import { PAGE_SECTIONS } from './vocabulary.ts';

/** content/pages/*.md: 协会概况, 组织机构, 联系我们 (section about) and the five work areas (section work). */
export const pageSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    section: z.enum(PAGE_SECTIONS),
    order: z.number().int().default(0),
  })
  .strict();
