import { z } from 'zod';
import { beijingDate } from './dates.ts';
import { BRANCH_KINDS } from './vocabulary.ts';

/** One entry of content/branches.yaml. Contacts are offices and phone numbers, never private persons. */
export const branchSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能使用小写字母、数字和连字符'),
    name: z.string().min(1),
    kind: z.enum(BRANCH_KINDS),
    township: z.string().min(1).optional(),
    founded: beijingDate,
    contact: z.object({ office: z.string().min(1), phone: z.string().min(1) }).strict(),
    villageGroups: z.number().int().min(0).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((b) => b.kind !== '乡镇分会' || (b.township && b.villageGroups !== undefined), {
    message: '乡镇分会须填写所属乡镇（township）和村级禁毒小组数（villageGroups）',
    path: ['township'],
  });
