/**
 * The queue a record was opened from: the list as the reader last saw it in this tab (its filter,
 * sort and page, and the records on that page, in order). "Next" walks on from there, so a
 * reviewer who decides a case lands on the one after it in the same saved view, with its filters.
 * Kept per tab (sessionStorage): two tabs can work two queues.
 */
import type { Identifier, SortPayload } from 'react-admin';

export interface Queue {
  filter: Record<string, unknown>;
  sort: SortPayload;
  page: number;
  perPage: number;
  ids: Identifier[];
}

const storageKey = (resource: string) => `trustdesk.queue.${resource}`;

export function rememberQueue(resource: string, queue: Queue): void {
  try {
    sessionStorage.setItem(storageKey(resource), JSON.stringify(queue));
  } catch {
    // no storage (private mode): "next" falls back to the list's first page
  }
}

export function rememberedQueue(resource: string): Queue | null {
  try {
    const stored = sessionStorage.getItem(storageKey(resource));
    return stored ? (JSON.parse(stored) as Queue) : null;
  } catch {
    return null;
  }
}

/**
 * The record after `current`: the first on the fresh page that the reader has not passed yet.
 * Passed are `current` and those before it on the page as they saw it; the fresh page is the same
 * filter and sort now (decided records may have left it, new ones come in).
 */
export function nextInQueue(seen: readonly Identifier[], current: Identifier, fresh: readonly Identifier[]): Identifier | undefined {
  const at = seen.findIndex((id) => String(id) === String(current));
  const passed = new Set((at < 0 ? [current] : seen.slice(0, at + 1)).map(String));
  return fresh.find((id) => !passed.has(String(id)));
}
