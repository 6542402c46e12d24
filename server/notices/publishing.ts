/**
 * Notices going out on their own: scheduled ones whose time has come, and the old notice a
 * published correction replaces. Exactly once, however many server processes run the job or read
 * at the same moment: each notice moves by a compare-and-set (`scheduled → published` only while
 * still scheduled and due), and the transaction starts with that write, so on SQLite a second
 * process waits for the lock instead of working from a stale read.
 */
import type { NoticeRecord } from '../../domain/notices';
import { recordAudit } from '../audit/audit';
import type { Database } from '../db';
import { nowIso } from '../db/time';
import { updateVersioned, type Writer } from '../http/crud';
import { getRecord } from '../http/shape';
import type { Job } from '../jobs/scheduler';
import { refreshNoticeMetrics } from '../metrics/touch';
import { noticeShape } from './schema';

/** The notice a just-published correction replaces is retracted with the correction's reason (if still published). */
export async function retractCorrected(w: Writer, correction: Pick<NoticeRecord, 'id' | 'correctsId' | 'correctionReason' | 'publishedAt'>) {
  if (correction.correctsId == null) return;
  const old = await getRecord<NoticeRecord>(w.trx, noticeShape, correction.correctsId);
  if (old.status !== 'published') return; // a manager retracted it already
  await updateVersioned(
    w,
    noticeShape,
    old.id,
    old.version,
    { status: 'retracted', retractionReason: correction.correctionReason, retractedAt: correction.publishedAt, retractedById: w.actor?.id ?? null },
    { action: 'retract', auditNote: { correctedById: correction.id } },
  );
}

/** Publishes every scheduled notice due by `now`; returns how many this call published. */
export async function publishDueNotices(db: Database, now = new Date()): Promise<number> {
  const at = now.toISOString();
  const due = (await db.reader('notices').where('status', 'scheduled').where('publishAt', '<=', at).orderBy('publishAt').limit(100).pluck('id')) as number[];
  let published = 0;
  for (const id of due) {
    const done = await db.knex.transaction(async (trx) => {
      const flipped = await trx('notices')
        .where({ id, status: 'scheduled' })
        .where('publishAt', '<=', at)
        .increment('version', 1)
        .update({ status: 'published', publishedAt: at, updatedAt: nowIso() });
      if (flipped !== 1) return false; // another process (or reader) published it first
      const after = await getRecord<NoticeRecord>(trx, noticeShape, id);
      const system: Writer = { trx, actor: null, ip: null };
      await recordAudit(trx, {
        actorId: null,
        ip: null,
        action: 'publish',
        resource: noticeShape.name,
        resourceId: id,
        before: { status: 'scheduled', publishedAt: null, version: after.version - 1 },
        after: { status: 'published', publishedAt: after.publishedAt, version: after.version },
      });
      await retractCorrected(system, after);
      await refreshNoticeMetrics(trx, id);
      return true;
    });
    if (done) published++;
  }
  return published;
}

/** Scheduled notices go out within this job's period of their time (reads publish due ones at once). */
export const noticePublishingJob: Job = {
  name: 'notice-publishing',
  everyMs: 15_000,
  async run(db, now, log) {
    const n = await publishDueNotices(db, now);
    if (n) log.info({ published: n }, 'published scheduled notices');
  },
};
