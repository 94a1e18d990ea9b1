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
 * GB 40070-2021's floors for school reading material, per audience: body size in pt and blank between lines in
 * mm (line pitch minus body size). Grades 1–2: 16 pt, 5.0 mm; grades 3–4: 14 pt, 4.0 mm; grade 5 and up:
 * 12 pt, 3.0 mm. 小学高年级 spans grades 3–6, so it takes the stricter grades 3–4 row. Adult readers have no
 * row in the standard: 10.5 pt (五号) is the usual smallest size, and there is no floor on the gap.
 */
export const GB40070_MINIMUMS: Record<Audience, { bodyPt: number; lineGapMm: number }> = {
  小学低年级: { bodyPt: 16, lineGapMm: 5 },
  小学高年级: { bodyPt: 14, lineGapMm: 4 },
  初中: { bodyPt: 12, lineGapMm: 3 },
  高中: { bodyPt: 12, lineGapMm: 3 },
  村民与家长: { bodyPt: 10.5, lineGapMm: 0 },
};

/** Of the audiences named, the first one with the highest floor for `floor`: the one an edition must satisfy. */
export function strictestAudience(audience: readonly Audience[], floor: 'bodyPt' | 'lineGapMm'): Audience {
  return [...audience].sort((a, b) => GB40070_MINIMUMS[b][floor] - GB40070_MINIMUMS[a][floor])[0];
}

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
