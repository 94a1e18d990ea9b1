/** The closed lists editors choose from. Adding a value here adds it everywhere (schemas, filters, menus). */

export const NEWS_CATEGORIES = ['协会动态', '宣传教育', '预防教育', '社戒社康', '队伍建设'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

export const AUDIENCES = ['小学低年级', '小学高年级', '初中', '高中', '村民与家长'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Coarse audience groups used as search filters. */
export const AUDIENCE_GROUP: Record<Audience, '小学' | '初中' | '高中' | '村民'> = {
  小学低年级: '小学',
  小学高年级: '小学',
  初中: '初中',
  高中: '高中',
  村民与家长: '村民',
};

/**
 * Minimum body size in pt for school reading material, GB 40070-2021:
 * grades 1–2 ≥ 16 pt, grades 3–4 ≥ 14 pt, grade 5 and up ≥ 12 pt.
 * 小学高年级 spans grades 3–6, so it takes the stricter grades 3–4 floor.
 * Adult readers have no floor in the standard; 10.5 pt (五号) is the usual smallest.
 */
export const MIN_BODY_PT: Record<Audience, number> = {
  小学低年级: 16,
  小学高年级: 14,
  初中: 12,
  高中: 12,
  村民与家长: 10.5,
};

/**
 * Minimum blank between lines in mm for school reading material, GB 40070-2021 (line pitch minus body size):
 * grades 1–2 ≥ 5.0 mm, grades 3–4 ≥ 4.0 mm, grade 5 and up ≥ 3.0 mm; 小学高年级 takes the grades 3–4 floor.
 * Adult readers have no floor in the standard.
 */
export const MIN_LINE_GAP_MM: Record<Audience, number> = {
  小学低年级: 5,
  小学高年级: 4,
  初中: 3,
  高中: 3,
  村民与家长: 0,
};

export const TRIM_SIZES = ['A4', 'A5', '16开'] as const;
export type TrimSize = (typeof TRIM_SIZES)[number];

/** Trim sizes in millimetres (GB/T 788; 16开 is the traditional 185×260). */
export const TRIM_MM: Record<TrimSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  '16开': { width: 185, height: 260 },
};

export const PAGE_SECTIONS = ['about', 'work'] as const;

export const BRANCH_KINDS = ['乡镇分会', '县直单位分会'] as const;
