/**
 * Writing notices: a draft generated from the penalties of a period (or a chosen set), edits
 * while it is a draft, discarding a draft, and a correction of a public notice. The workflow moves
 * are in ./workflow.ts. Each handler runs in the transaction the resource layer opened.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import {
  correctionSlug,
  correctionTitle,
  dayOf,
  freeSlug,
  isCorrectable,
  isEditable,
  noticeSlug,
  periodProblem,
  type NoticeRecord,
} from '../../domain/notices';
import { standardIntro, standardTitle } from '../../domain/notice-text';
import type { TxContext } from '../http/context';
import { deleteRecord, insertRecord, mustExist, updateVersioned } from '../http/crud';
import { badRequest, conflict, fieldError, invalidInput } from '../http/errors';
import { getRecord } from '../http/shape';
import { loadEntries, penaltiesInPeriod } from './entries';
import { noticeShape, periodIssue, type correctSchema, type generateSchema, type updateNoticeSchema } from './schema';

export const loadNotice = (trx: Knex, id: number) => getRecord<NoticeRecord>(trx, noticeShape, id);

/** The first free address from `base` (`base`, `base-2`, …). */
async function freeSlugFrom(trx: Knex, base: string): Promise<string> {
  const taken = await trx('notices').where('slug', 'like', `${base}%`).pluck('slug');
  return freeSlug(base, new Set(taken as string[]));
}

const linkPenalties = (trx: Knex, noticeId: number, penaltyIds: number[]) =>
  trx('noticePenalties').insert([...new Set(penaltyIds)].map((penaltyId) => ({ noticeId, penaltyId })));

async function relinkPenalties(trx: Knex, noticeId: number, penaltyIds: number[]) {
  await trx('noticePenalties').where({ noticeId }).delete();
  await linkPenalties(trx, noticeId, penaltyIds);
}

/** `POST /api/notices/generate` (and `POST /api/notices`): a draft with the standard title, introduction and entries. */
export async function generateNotice(tx: TxContext, input: z.infer<typeof generateSchema>) {
  const category = input.categoryId == null ? null : await mustExist(tx.trx, 'categories', input.categoryId, 'categoryId', 'category');
  const period = { start: input.periodStart, end: input.periodEnd };
  const penaltyIds = input.penaltyIds ?? (await penaltiesInPeriod(tx.trx, period, category?.id ?? null, tx.db.dialect));
  if (!penaltyIds.length) {
    const params = { from: dayOf(period.start), to: dayOf(period.end), category: category?.name ?? 'all' };
    throw badRequest('notices.no_penalties', params, { periodStart: fieldError('notices.no_penalties', params) });
  }
  const entries = await loadEntries(tx.trx, penaltyIds);
  const scope = { category, period };
  return insertRecord(
    tx,
    noticeShape,
    {
      title: input.title ?? standardTitle(scope),
      slug: await freeSlugFrom(tx.trx, noticeSlug(category?.code ?? null, period)),
      categoryId: category?.id ?? null,
      body: standardIntro({ ...scope, merchants: new Set(entries.map((e) => e.merchantId)).size }),
      periodStart: period.start,
      periodEnd: period.end,
      status: 'draft',
      authorId: tx.actor.id,
    },
    { afterInsert: (id) => linkPenalties(tx.trx, Number(id), penaltyIds) },
  );
}

/** `PUT /api/notices/<id>`: text, address, period and entries, in draft only, with the version read. */
export async function updateNotice(tx: TxContext, id: number, input: z.infer<typeof updateNoticeSchema>) {
  const notice = await loadNotice(tx.trx, id);
  if (!isEditable(notice)) throw conflict('notices.not_editable', { id, status: notice.status });
  const { version, penaltyIds, ...changes } = input;
  const problem = periodProblem({ start: changes.periodStart ?? notice.periodStart, end: changes.periodEnd ?? notice.periodEnd }, new Date());
  if (problem) {
    const { path, params } = periodIssue(problem);
    const { code, ...figures } = params;
    throw invalidInput({ [path[0]]: fieldError(code, figures) });
  }
  await mustExist(tx.trx, 'categories', changes.categoryId, 'categoryId', 'category');
  if (penaltyIds) await loadEntries(tx.trx, penaltyIds);
  const { after } = await updateVersioned(tx, noticeShape, id, version, changes, {
    afterUpdate: penaltyIds ? () => relinkPenalties(tx.trx, id, penaltyIds) : undefined,
  });
  return after;
}

/** `DELETE /api/notices/<id>`: a draft nobody needs (never one that went out). */
export async function deleteNotice(tx: TxContext, id: number) {
  const notice = await loadNotice(tx.trx, id);
  if (!isEditable(notice)) throw conflict('notices.not_deletable', { id, status: notice.status });
  return deleteRecord(tx, noticeShape, id, { beforeDelete: () => tx.trx('noticePenalties').where({ noticeId: id }).delete() });
}

/**
 * `POST /api/notices/<id>/correct`: a new draft that copies a public notice (its penalties still
 * issued) and links it. Once the correction is published, the old notice is retracted with this
 * reason (./publishing.ts). The manager's diff starts from what was approved for the old one.
 */
export async function correctNotice(tx: TxContext, id: number, { reason }: z.infer<typeof correctSchema>) {
  const old = await loadNotice(tx.trx, id);
  if (!isCorrectable(old)) throw conflict('notices.not_correctable', { id, status: old.status });
  const existing = await tx.trx('notices').where({ correctsId: id }).first('id');
  if (existing) throw conflict('notices.already_corrected', { id, correction: existing.id });
  const stillIssued = await tx.trx('penalties').whereIn('id', old.penaltyIds).whereIn('status', ['active', 'expired']).pluck('id');
  if (!stillIssued.length) throw conflict('notices.empty', {});
  return insertRecord(
    tx,
    noticeShape,
    {
      title: correctionTitle(old.title),
      slug: await freeSlugFrom(tx.trx, correctionSlug(old.slug)),
      categoryId: old.categoryId,
      body: old.body,
      periodStart: old.periodStart,
      periodEnd: old.periodEnd,
      status: 'draft',
      authorId: tx.actor.id,
      correctsId: id,
      correctionReason: reason,
      lastApproved: old.lastApproved,
    },
    { afterInsert: (newId) => linkPenalties(tx.trx, Number(newId), stillIssued.map(Number)) },
  );
}
