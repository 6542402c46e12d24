/**
 * A notice's entries read from the penalties as they are now: for a generated draft, the editor's
 * preview, and the snapshot frozen at publication. Only issued penalties (active or served) may be
 * announced; anything else is refused by name.
 */
import type { Knex } from 'knex';
import type { MessageCode } from '../../domain/messages';
import { MAX_NOTICE_ENTRIES, noticeEntry, sortEntries, type NoticeEntry, type Period } from '../../domain/notices';
import { COUNTING_STATUSES, effectiveStatus, type PenaltyType } from '../../domain/penalties';
import type { Dialect } from '../db';
import { toNumber } from '../db/dialect';
import { toIso } from '../db/time';
import { badRequest, fieldError, HttpError } from '../http/errors';
import { byMerchantCategory } from '../penalties/resource';

type Row = Record<string, any>;

/**
 * The entries for these penalties, in notice order. `status` is the answer when one cannot be
 * announced: 400 while the notice is being written, 409 when it changed under a reviewed notice.
 */
export async function loadEntries(knex: Knex, penaltyIds: number[], status: 400 | 409 = 400): Promise<NoticeEntry[]> {
  const ids = [...new Set(penaltyIds)];
  const refuse = (code: MessageCode, params: Record<string, string | number | number[]>) =>
    new HttpError(status, code, params, { penaltyIds: fieldError(code, params) });
  if (!ids.length) throw refuse('notices.empty', {});
  if (ids.length > MAX_NOTICE_ENTRIES) throw refuse('notices.too_many_entries', { max: MAX_NOTICE_ENTRIES, count: ids.length });
  const penalties: Row[] = await knex('penalties')
    .join('merchants', 'merchants.id', 'penalties.merchantId')
    .whereIn('penalties.id', ids)
    .select(
      'penalties.id',
      'penalties.merchantId',
      'penalties.type',
      'penalties.fineCents',
      'penalties.startsAt',
      'penalties.endsAt',
      'penalties.status',
      'merchants.nickname',
      'merchants.followerCount',
    );
  const missing = ids.filter((id) => !penalties.some((p) => p.id === id));
  if (missing.length)
    throw badRequest('notices.unknown_penalties', { ids: missing }, { penaltyIds: fieldError('notices.unknown_penalties', { ids: missing }) });
  const unissued = penalties.find((p) => !(COUNTING_STATUSES as string[]).includes(p.status));
  if (unissued) throw refuse('notices.penalty_not_issued', { id: unissued.id, status: effectiveStatus(unissued as { status: string }) });

  const violations: Row[] = await knex('penaltyCases')
    .join('cases', 'cases.id', 'penaltyCases.caseId')
    .join('violationTypes', 'violationTypes.id', 'cases.violationTypeId')
    .whereIn('penaltyCases.penaltyId', ids)
    .distinct('penaltyCases.penaltyId', 'violationTypes.code', 'violationTypes.name', 'violationTypes.nameZh')
    .orderBy(['penaltyCases.penaltyId', 'violationTypes.code']);
  return sortEntries(
    penalties.map((p) =>
      noticeEntry(
        {
          id: p.id,
          merchantId: p.merchantId,
          type: p.type as PenaltyType,
          fineCents: p.fineCents == null ? null : toNumber(p.fineCents),
          startsAt: toIso(p.startsAt)!,
          endsAt: toIso(p.endsAt),
        },
        { nickname: p.nickname, followerCount: toNumber(p.followerCount) },
        violations.filter((v) => v.penaltyId === p.id).map((v) => ({ code: v.code, name: v.name, nameZh: v.nameZh })),
      ),
    ),
  );
}

/** Issued penalties that took effect in the period, of merchants in the category (and its subcategories), oldest first. */
export async function penaltiesInPeriod(knex: Knex, period: Period, categoryId: number | null, dialect: Dialect): Promise<number[]> {
  const qb = knex('penalties')
    .whereIn('penalties.status', COUNTING_STATUSES as string[])
    .whereBetween('penalties.startsAt', [period.start, period.end])
    .orderBy(['penalties.startsAt', 'penalties.id']);
  if (categoryId != null) byMerchantCategory.apply(qb, [categoryId], { dialect, now: new Date().toISOString() });
  return (await qb.pluck('penalties.id')).map(Number);
}
