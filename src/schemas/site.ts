import { z } from 'zod';

const link = z.object({ label: z.string().min(1), href: z.string().min(1) });

const keyFigure = z.object({
  label: z.string().min(1),
  value: z.union([z.number(), z.string().min(1)]),
  unit: z.string().default(''),
  year: z.number().int().min(1990).max(2100),
  source: z.string().min(1),
});

/** content/site.yaml: the association's identity, shown in header, footer and home page. */
export const siteSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    description: z.string().min(1),
    county: z.string().min(1),
    region: z.string().min(1),
    logo: z.string().min(1),
    logoAlt: z.string().min(1),
    address: z.string().min(1),
    postcode: z.string().regex(/^\d{6}$/, '邮政编码应为 6 位数字'),
    phone: z.string().min(1),
    email: z.email('电子邮箱格式不正确'),
    officeHours: z.string().optional(),
    icp: z.object({ number: z.string().min(1), url: z.string().url() }),
    psb: z.object({ number: z.string().min(1), url: z.string().url() }),
    nav: z.array(link).min(1),
    figures: z.array(keyFigure).default([]),
  })
  .strict();

export type Site = z.infer<typeof siteSchema>;
export type KeyFigure = z.infer<typeof keyFigure>;
