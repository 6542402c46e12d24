import { z } from 'zod';
import { field, MAX_INT } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

export const CASE_EVENT_KINDS = ['opened', 'claimed', 'assigned', 'status', 'note', 'edited'] as const;

/** The case timeline; appended by the case service only. */
export const caseEvents: ResourceDefinition = {
  name: 'case-events',
  table: 'caseEvents',
  label: 'Case event',
  fields: {
    id: field.integer({ sort: true }),
    caseId: field.integer({ filter: true, sort: true }),
    actorId: field.integer({ filter: true, sort: true }),
    at: field.date({ sort: true, range: true }),
    kind: field.enum(CASE_EVENT_KINDS, { filter: true, sort: true }),
    from: field.string({ filter: true }),
    to: field.string({ filter: true }),
    note: field.string({ search: true }),
  },
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
