/**
 * Which roll-up rows a change to a raw record touches: its group's day for every date the record
 * is counted by, before and after the change (a corrected verdict may move to another day, a case
 * to another category). Services call these in their transaction, after writing.
 */
import type { Knex } from 'knex';
import { refreshRollups, type Touch } from './rollups';

type When = string | Date | null | undefined;

export interface InspectionDates {
  warehouseId: number;
  receivedAt?: When;
  verdictAt?: When;
}

/** Whether a change to an inspection moves any figure the roll-ups count (starting or shipping does not). */
export const countedDifferently = (before: Record<string, unknown>, after: Record<string, unknown>): boolean =>
  ['warehouseId', 'receivedAt', 'verdictAt', 'result', 'failureReason', 'measuredMaterial'].some((k) => before[k] !== after[k]);

/** After an inspection was received, decided, corrected or deleted (`after` null). */
export function refreshInspectionMetrics(trx: Knex, ...versions: (InspectionDates | null | undefined)[]): Promise<void> {
  const touches = versions.flatMap((i): Touch[] =>
    i
      ? [
          { rollup: 'warehouseDays', group: i.warehouseId, at: i.receivedAt },
          { rollup: 'warehouseDays', group: i.warehouseId, at: i.verdictAt },
          { rollup: 'failureReasons', group: i.warehouseId, at: i.verdictAt },
          { rollup: 'materialPairs', group: i.warehouseId, at: i.verdictAt },
        ]
      : [],
  );
  return refreshRollups(trx, touches);
}

export interface CaseDates {
  categoryId: number;
  openedAt?: When;
  resolvedAt?: When;
  dueAt?: When;
}

/** After a case was opened, edited (category, severity → due date), resolved or reopened. */
export function refreshCaseMetrics(trx: Knex, ...versions: (CaseDates | null | undefined)[]): Promise<void> {
  const touches = versions.flatMap((c): Touch[] =>
    c
      ? [
          { rollup: 'categoryDays', group: c.categoryId, at: c.openedAt },
          { rollup: 'categoryDays', group: c.categoryId, at: c.resolvedAt },
          { rollup: 'categoryDays', group: c.categoryId, at: c.dueAt },
          { rollup: 'violationTypes', group: c.categoryId, at: c.openedAt },
          { rollup: 'reviewerDays', group: c.categoryId, at: c.resolvedAt },
        ]
      : [],
  );
  return refreshRollups(trx, touches);
}

/** After penalties were issued, decided, revoked or announced: their day, in their merchant's category. */
export async function refreshPenaltyMetrics(trx: Knex, penaltyIds: number[], appealIds: number[] = []): Promise<void> {
  const penalties = penaltyIds.length
    ? await trx('penalties')
        .join('merchants', 'merchants.id', 'penalties.merchantId')
        .whereIn('penalties.id', penaltyIds)
        .select('penalties.startsAt', 'penalties.merchantId', 'merchants.categoryId')
    : [];
  const appeals = appealIds.length
    ? await trx('appeals')
        .join('penalties', 'penalties.id', 'appeals.penaltyId')
        .join('merchants', 'merchants.id', 'penalties.merchantId')
        .whereIn('appeals.id', appealIds)
        .select('appeals.filedAt', 'appeals.decidedAt', 'merchants.categoryId')
    : [];
  const touches: Touch[] = [
    ...appeals.flatMap((a): Touch[] => [
      { rollup: 'categoryDays', group: a.categoryId, at: a.filedAt },
      { rollup: 'categoryDays', group: a.categoryId, at: a.decidedAt },
    ]),
    ...penalties.map((p): Touch => ({ rollup: 'penaltyDays', group: p.categoryId, at: p.startsAt })),
  ];
  await refreshRollups(
    trx,
    touches,
    penalties.map((p) => p.merchantId),
  );
}

/** After a notice was published: the penalties it lists now have their first notice. */
export async function refreshNoticeMetrics(trx: Knex, noticeId: number): Promise<void> {
  const ids = (await trx('noticePenalties').where({ noticeId }).select('penaltyId')).map((r: { penaltyId: number }) => Number(r.penaltyId));
  await refreshPenaltyMetrics(trx, ids);
}
