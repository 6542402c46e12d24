/**
 * A notice's way from draft to the public page (pure): each step done with its date, who and the
 * note left there, the step it waits for now, and what is still to come. Read from the record's
 * own dates, so every role that reads the notice sees it (the audit log is for leads only).
 */
import type { NoticeRecord } from '../../domain/notices';

export type NoticeStepKey = 'drafted' | 'submitted' | 'returned' | 'approved' | 'scheduled' | 'published' | 'retracted';

export interface NoticeStep {
  key: NoticeStepKey;
  state: 'done' | 'current' | 'todo';
  at: string | null;
  by: number | null;
  note: string | null;
}

type StepRecord = Pick<
  NoticeRecord,
  | 'status'
  | 'createdAt'
  | 'authorId'
  | 'correctionReason'
  | 'submittedAt'
  | 'submitNote'
  | 'approvedAt'
  | 'approvedById'
  | 'reviewNote'
  | 'publishAt'
  | 'publishedAt'
  | 'retractedAt'
  | 'retractedById'
  | 'retractionReason'
>;

const step = (key: NoticeStepKey, done: boolean, at: string | null = null, by: number | null = null, note: string | null = null): NoticeStep => ({
  key,
  state: done ? 'done' : 'todo',
  at: done ? at : null,
  by: done ? by : null,
  note: done ? note || null : null,
});

export function noticeSteps(n: StepRecord): NoticeStep[] {
  // Sent back, or withdrawn: submitted once, a draft again, with the reviewer's note if any.
  const returned = n.status === 'draft' && n.submittedAt != null;
  const steps = [
    step('drafted', true, n.createdAt, n.authorId, n.correctionReason),
    step('submitted', n.submittedAt != null, n.submittedAt, n.authorId, n.submitNote),
    ...(returned ? [step('returned', true, null, null, n.reviewNote)] : []),
    step('approved', n.approvedAt != null, n.approvedAt, n.approvedById, n.reviewNote),
    ...(n.status === 'scheduled' ? [{ ...step('scheduled', false), at: n.publishAt }] : []),
    step('published', n.publishedAt != null, n.publishedAt),
    ...(n.retractedAt ? [step('retracted', true, n.retractedAt, n.retractedById, n.retractionReason)] : []),
  ];
  // After "returned", submitting again is what comes next.
  if (returned) steps.splice(3, 0, step('submitted', false));
  const next = steps.findIndex((s) => s.state === 'todo');
  if (next >= 0) steps[next] = { ...steps[next], state: 'current' };
  return steps;
}
