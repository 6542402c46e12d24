/**
 * One demo notice row as the workflow would have left it after the moves in its timeline
 * (generated → submitted → approved or sent back → scheduled / published): status, version,
 * who and when, the approved content kept for the diff, and the entries frozen once it went out.
 */
import type { ApprovedContent, NoticeEntry, NoticeStatus, Period } from '../domain/notices';
import type { Staff } from './lifecycle';

export interface NoticeRow {
  id: number;
  title: string;
  slug: string;
  category_id: number | null;
  body: string;
  period_start: string;
  period_end: string;
  status: NoticeStatus;
  publish_at: string | null;
  published_at: string | null;
  author_id: number;
  submitted_at: string | null;
  submit_note: string | null;
  approved_by_id: number | null;
  approved_at: string | null;
  review_note: string | null;
  retraction_reason: string | null;
  retracted_at: string | null;
  retracted_by_id: number | null;
  corrects_id: number | null;
  correction_reason: string | null;
  entries: string | null;
  last_approved: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** When each move happened (ms); absent moves did not happen. */
export interface Timeline {
  created: number;
  submitted?: number;
  approved?: number;
  sentBack?: number;
  scheduled?: number;
  publishAt?: number;
  published?: number;
}

export interface RowPeople {
  author: Staff;
  approver?: Staff;
  submitNote?: string;
  reviewNote?: string;
  corrects?: NoticeRow;
  correctionReason?: string;
  slug?: string;
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

function statusOf(t: Timeline): NoticeStatus {
  if (t.published !== undefined) return 'published';
  if (t.scheduled !== undefined) return 'scheduled';
  if (t.approved !== undefined) return 'approved';
  if (t.submitted !== undefined && t.sentBack === undefined) return 'in_review';
  return 'draft';
}

export function noticeRow(
  id: number,
  content: { title: string; body: string; slug: string; categoryId: number | null },
  period: Period,
  penaltyIds: number[],
  entries: NoticeEntry[],
  t: Timeline,
  who: RowPeople,
): NoticeRow {
  const status = statusOf(t);
  const moves = [t.submitted, t.approved ?? t.sentBack, t.scheduled ?? t.published].filter((m) => m !== undefined) as number[];
  const approvedAt = iso(t.approved);
  const lastApproved: ApprovedContent | null =
    approvedAt && who.approver
      ? {
          version: 3,
          title: content.title,
          body: content.body,
          categoryId: content.categoryId,
          periodStart: period.start,
          periodEnd: period.end,
          penaltyIds: [...penaltyIds].sort((a, b) => a - b),
          entries,
          approvedAt,
          approvedById: who.approver.id,
        }
      : null;
  const live = status === 'published' || status === 'scheduled';
  return {
    id,
    title: content.title,
    slug: who.slug ?? content.slug,
    category_id: content.categoryId,
    body: content.body,
    period_start: period.start,
    period_end: period.end,
    status,
    publish_at: iso(t.publishAt ?? t.published),
    published_at: iso(t.published),
    author_id: who.author.id,
    submitted_at: iso(t.submitted),
    submit_note: t.submitted === undefined ? null : (who.submitNote ?? null),
    approved_by_id: approvedAt ? (who.approver?.id ?? null) : null,
    approved_at: approvedAt,
    review_note: t.approved !== undefined || t.sentBack !== undefined ? (who.reviewNote ?? null) : null,
    retraction_reason: null,
    retracted_at: null,
    retracted_by_id: null,
    corrects_id: who.corrects?.id ?? null,
    correction_reason: who.correctionReason ?? null,
    entries: live ? JSON.stringify(entries) : null,
    last_approved: lastApproved ? JSON.stringify(lastApproved) : null,
    version: 1 + moves.length,
    created_at: iso(t.created)!,
    updated_at: iso(Math.max(t.created, ...moves))!,
  };
}
