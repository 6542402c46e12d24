/**
 * The notice machine's moves (domain/notices.ts): submit, approve or send back, withdraw,
 * publish or schedule, retract. Each checks the move against the machine and who is asking, then
 * writes with a compare-and-set on `version`, so two people acting at once change it once.
 */
import type { z } from 'zod';
import {
  MAX_SCHEDULE_DAYS,
  MOVE_TARGET,
  moveRefusal,
  NOTICE_MACHINE,
  publishAtProblem,
  publishTarget,
  type ApprovedContent,
  type NoticeMove,
  type NoticeRecord,
} from '../../domain/notices';
import { nowIso } from '../db/time';
import type { TxContext } from '../http/context';
import { updateVersioned } from '../http/crud';
import { badRequest, conflict, fieldError, forbidden } from '../http/errors';
import type { JsonRecord } from '../http/shape';
import { loadEntries } from './entries';
import { refreshNoticeMetrics } from '../metrics/touch';
import { retractCorrected } from './publishing';
import { noticeShape, type approveSchema, type publishSchema, type rejectSchema, type retractSchema, type submitSchema, type withdrawSchema } from './schema';
import { loadNotice } from './service';

function assertMove(tx: TxContext, notice: NoticeRecord, move: NoticeMove) {
  const refusal = moveRefusal(tx.actor, notice, move);
  if (refusal === 'wrong_status')
    throw conflict('notices.wrong_status', { id: notice.id, status: notice.status, move, allowed: [...NOTICE_MACHINE[move].from] });
  if (refusal === 'own_notice') throw forbidden('notices.own_notice');
  if (refusal === 'role') throw forbidden();
}

/** Load, check the move, write the new status with `changes` (audited as the move). */
async function move(
  tx: TxContext,
  id: number,
  name: Exclude<NoticeMove, 'publish'>,
  version: number | undefined,
  changes: (n: NoticeRecord) => Promise<JsonRecord> | JsonRecord,
) {
  const notice = await loadNotice(tx.trx, id);
  assertMove(tx, notice, name);
  const { after } = await updateVersioned(
    tx,
    noticeShape,
    id,
    version ?? notice.version,
    { status: MOVE_TARGET[name], ...(await changes(notice)) },
    { action: name },
  );
  return after;
}

/** To review: it must list penalties that can still be announced. */
export const submitNotice = (tx: TxContext, id: number, { note, version }: z.infer<typeof submitSchema>) =>
  move(tx, id, 'submit', version, async (n) => {
    await loadEntries(tx.trx, n.penaltyIds, 409);
    return { submittedAt: nowIso(), submitNote: note || null };
  });

/** A manager who did not write it approves it (its penalties still issued); what they approved is kept for the next diff. */
export const approveNotice = (tx: TxContext, id: number, { note, version }: z.infer<typeof approveSchema>) =>
  move(tx, id, 'approve', version, async (n) => {
    const entries = await loadEntries(tx.trx, n.penaltyIds, 409);
    const approvedAt = nowIso();
    const lastApproved: ApprovedContent = {
      version: n.version + 1,
      title: n.title,
      body: n.body,
      categoryId: n.categoryId,
      periodStart: n.periodStart,
      periodEnd: n.periodEnd,
      penaltyIds: n.penaltyIds,
      entries,
      approvedAt,
      approvedById: tx.actor.id,
    };
    return { approvedById: tx.actor.id, approvedAt, reviewNote: note || null, lastApproved };
  });

/** Sent back to draft with what to change. */
export const rejectNotice = (tx: TxContext, id: number, { note, version }: z.infer<typeof rejectSchema>) =>
  move(tx, id, 'reject', version, () => ({ reviewNote: note, approvedById: null, approvedAt: null }));

/** Back to draft before it goes out (to change it, or to stop a schedule); it needs approval again. */
export const withdrawNotice = (tx: TxContext, id: number, { version }: z.infer<typeof withdrawSchema>) =>
  move(tx, id, 'withdraw', version, () => ({ approvedById: null, approvedAt: null, publishAt: null, entries: null }));

/** Off the public list; the page stays, marked retracted with the reason. */
export const retractNotice = (tx: TxContext, id: number, { reason, version }: z.infer<typeof retractSchema>) =>
  move(tx, id, 'retract', version, () => ({ retractionReason: reason, retractedAt: nowIso(), retractedById: tx.actor.id }));

/**
 * Publish now, or schedule when `publishAt` is in the future. The entries are frozen here, as the
 * penalties and merchants are at this moment: a scheduled notice goes out with the snapshot it was
 * scheduled with. Publishing a correction retracts the notice it corrects, in the same transaction.
 */
export async function publishNotice(tx: TxContext, id: number, { publishAt, version }: z.infer<typeof publishSchema>) {
  const now = new Date();
  const when = publishAt ? new Date(publishAt) : now;
  const problem = publishAt ? publishAtProblem(when, now) : null;
  if (problem) {
    const code = problem === 'past' ? 'notices.publish_at_past' : 'notices.publish_at_too_far';
    throw badRequest(code, { days: MAX_SCHEDULE_DAYS }, { publishAt: fieldError(code, { days: MAX_SCHEDULE_DAYS }) });
  }
  const notice = await loadNotice(tx.trx, id);
  assertMove(tx, notice, 'publish');
  const target = publishTarget(when, now);
  const entries = notice.status === 'approved' ? await loadEntries(tx.trx, notice.penaltyIds, 409) : notice.entries;
  const at = (target === 'published' ? now : when).toISOString();
  const { after } = await updateVersioned(
    tx,
    noticeShape,
    id,
    version,
    { status: target, publishAt: at, publishedAt: target === 'published' ? at : null, entries },
    { action: target === 'published' ? 'publish' : 'schedule' },
  );
  if (target === 'published') {
    await retractCorrected(tx, after as unknown as NoticeRecord);
    await refreshNoticeMetrics(tx.trx, id);
  }
  return after;
}
