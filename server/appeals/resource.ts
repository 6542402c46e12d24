import { APPEAL_STATUSES } from '../../admin/providers/enforcement';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

/** Appeals are recorded by staff for the merchant and decided by a manager who did not issue the penalty. */
export const appeals: ResourceDefinition = {
  name: 'appeals',
  table: 'appeals',
  label: 'Appeal',
  fields: {
    id: field.integer({ sort: true }),
    penaltyId: field.integer({ filter: true, sort: true }),
    statement: field.string({ search: true }),
    status: field.enum(APPEAL_STATUSES, { filter: true, sort: true }),
    filedAt: field.date({ sort: true, range: true }),
    filedById: field.integer({ filter: true }),
    decidedAt: field.date({ sort: true, range: true }),
    decidedById: field.integer({ filter: true }),
    decisionNote: field.string(),
    version: field.integer(),
    updatedAt: field.date({ sort: true }),
  },
  defaultSort: ['filedAt', 'ASC'],
};
