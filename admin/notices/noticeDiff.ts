/**
 * What changed in a notice since a manager last approved it (pure): the title, the category, the
 * period, the body line by line, and the entries added, removed or changed. The manager's approval
 * view shows this, so a notice that comes back (withdrawn and edited, or a correction) is reviewed
 * for what is new, not read again from the top.
 */
import { dayOf, type ApprovedContent, type NoticeEntry } from '../../domain/notices';
import { diffLines, hasChanges, type DiffLine } from '../common/lineDiff';

export interface NoticeContent {
  title: string;
  body: string;
  categoryId: number | null;
  periodStart: string;
  periodEnd: string;
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface EntryChange {
  before: NoticeEntry;
  after: NoticeEntry;
}

export interface NoticeDiff {
  title: Change<string> | null;
  categoryId: Change<number | null> | null;
  period: Change<{ start: string; end: string }> | null;
  body: DiffLine[];
  bodyChanged: boolean;
  entries: { added: NoticeEntry[]; removed: NoticeEntry[]; changed: EntryChange[]; kept: number };
  unchanged: boolean;
}

const changeOf = <T>(before: T, after: T): Change<T> | null => (before === after ? null : { before, after });

/** What a reader of the notice sees of an entry; the follower count moves every day and is left out. */
const entryKey = (e: NoticeEntry) =>
  JSON.stringify([e.merchantNickname, e.penaltyType, e.fineCents, e.startsAt, e.endsAt, e.violations.map((v) => v.code).sort()]);

export function diffEntries(before: NoticeEntry[], after: NoticeEntry[]): NoticeDiff['entries'] {
  const old = new Map(before.map((e) => [e.penaltyId, e]));
  const now = new Set(after.map((e) => e.penaltyId));
  const changed: EntryChange[] = [];
  for (const e of after) {
    const was = old.get(e.penaltyId);
    if (was && entryKey(was) !== entryKey(e)) changed.push({ before: was, after: e });
  }
  return {
    added: after.filter((e) => !old.has(e.penaltyId)),
    removed: before.filter((e) => !now.has(e.penaltyId)),
    changed,
    kept: after.filter((e) => old.has(e.penaltyId)).length - changed.length,
  };
}

/** `entries`: the notice's entries now (the frozen snapshot once scheduled, else as the penalties read today). */
export function diffNotice(approved: ApprovedContent, current: NoticeContent, entries: NoticeEntry[]): NoticeDiff {
  const body = diffLines(approved.body, current.body);
  const periodBefore = { start: dayOf(approved.periodStart), end: dayOf(approved.periodEnd) };
  const periodAfter = { start: dayOf(current.periodStart), end: dayOf(current.periodEnd) };
  const samePeriod = periodBefore.start === periodAfter.start && periodBefore.end === periodAfter.end;
  const diff = {
    title: changeOf(approved.title, current.title),
    categoryId: changeOf(approved.categoryId ?? null, current.categoryId ?? null),
    period: samePeriod ? null : { before: periodBefore, after: periodAfter },
    body,
    bodyChanged: hasChanges(body),
    entries: diffEntries(approved.entries ?? [], entries),
  };
  const { added, removed, changed } = diff.entries;
  const unchanged = !diff.title && !diff.categoryId && !diff.period && !diff.bodyChanged && !added.length && !removed.length && !changed.length;
  return { ...diff, unchanged };
}
