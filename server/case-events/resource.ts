import { z } from 'zod';
import { CASE_EVENT_KINDS } from '../../domain/cases';
import { insertReturning } from '../db/dialect';
import { nowIso } from '../db/time';
import { field, MAX_INT, ref } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { ownColumns, toRecord, type RecordShape } from '../http/shape';
import type { Knex } from 'knex';
import type { CaseEventData } from '../../domain/cases';

export const caseEventShape: RecordShape = {
  name: 'case-events',
  table: 'caseEvents',
  label: 'Case event',
  fields: {
    id: field.integer({ sort: true }),
    caseId: field.integer({ filter: true, sort: true }),
    actorId: field.integer({ filter: true, sort: true, ref: ref.user }),
    at: field.date({ sort: true, range: true }),
    kind: field.enum(CASE_EVENT_KINDS, { filter: true, sort: true }),
    from: field.string({ filter: true }),
    to: field.string({ filter: true }),
    note: field.string({ search: true }),
    data: field.json(),
  },
};

/** The case timeline: read-only here, appended by the case and penalty services (appendEvent). */
export const caseEventsResource: ResourceDefinition = {
  ...caseEventShape,
  defaultSort: ['at', 'ASC'],
  customFilters: {
    // A merchant's page shows the timeline across all its cases.
    merchantId: {
      schema: z.coerce.number().int().positive().max(MAX_INT),
      apply(qb, merchantId: number) {
        qb.whereIn('caseEvents.caseId', (sub) => sub.select('id').from('cases').where('merchantId', merchantId));
      },
    },
  },
};

export interface NewCaseEvent {
  caseId: number;
  actorId: number | null;
  kind: (typeof CASE_EVENT_KINDS)[number];
  from?: string | null;
  to?: string | null;
  /** What a person wrote (a resolution, a note); facts go in `data`. */
  note?: string | null;
  data?: CaseEventData | null;
}

/** Appends to a case's timeline in the caller's transaction; answers the event as the API shows it. */
export async function appendEvent(trx: Knex.Transaction, e: NewCaseEvent) {
  const row = await insertReturning(trx, 'caseEvents', { ...e, data: e.data ? JSON.stringify(e.data) : null, at: nowIso() }, ownColumns(caseEventShape));
  return toRecord(caseEventShape, row);
}
