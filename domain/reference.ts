/** Reference data (SPEC §4): categories, violation types and warehouses, named in both languages. */
import type { Severity } from './cases';

export interface Named {
  name?: string | null;
  nameZh?: string | null;
}

/** The name for the chosen language, falling back to the other one. */
export function localizedName(record: Named | undefined | null, locale: string): string {
  if (!record) return '';
  return (locale.startsWith('zh') ? record.nameZh || record.name : record.name || record.nameZh) ?? '';
}

export interface CategoryRecord {
  id: number;
  code: string;
  name: string;
  nameZh: string;
  parentId: number | null;
  version: number;
}

/** A category and everything below it: filtering by "Jewelry & jade" finds its subcategories' records too. */
export function categorySubtree(categories: Pick<CategoryRecord, 'id' | 'parentId'>[], rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const c of categories) if (c.parentId != null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const out: number[] = [];
  const seen = new Set<number>();
  for (const queue = [rootId]; queue.length; ) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Whether putting `id` under `parentId` would make a loop. */
export function wouldLoop(categories: Pick<CategoryRecord, 'id' | 'parentId'>[], id: number, parentId: number | null): boolean {
  return parentId != null && categorySubtree(categories, id).includes(parentId);
}

export interface ViolationTypeRecord {
  id: number;
  code: string;
  name: string;
  nameZh: string;
  severity: Severity;
  version: number;
}

export interface WarehouseRecord {
  id: number;
  code: string;
  name: string;
  nameZh: string | null;
  city: string;
  agency: string;
  dailyCapacity: number;
  active: boolean;
  version: number;
}
