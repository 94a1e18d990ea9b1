import type { z } from 'zod';
import type { branchSchema } from '../schemas/index.ts';

export type Branch = z.infer<typeof branchSchema>;

export interface TownshipGroup {
  township: string;
  villageGroups: number;
  branches: Branch[];
}

const byName = (a: Branch, b: Branch) => a.name.localeCompare(b.name, 'zh-CN');

/** 乡镇分会 grouped by township (with their village group totals), 县直单位分会 as one list. */
export function groupBranches(all: Branch[]): { township: TownshipGroup[]; unit: Branch[] } {
  const towns = new Map<string, TownshipGroup>();
  for (const b of all.filter((x) => x.kind === '乡镇分会')) {
    const key = b.township ?? '';
    const group = towns.get(key) ?? { township: key, villageGroups: 0, branches: [] };
    group.villageGroups += b.villageGroups ?? 0;
    group.branches.push(b);
    towns.set(key, group);
  }
  const township = [...towns.values()].sort((a, b) => a.township.localeCompare(b.township, 'zh-CN'));
  township.forEach((t) => t.branches.sort(byName));
  return { township, unit: all.filter((x) => x.kind === '县直单位分会').sort(byName) };
}
