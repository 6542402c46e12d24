import { z } from 'zod';
import { ACTIVE_CASE_STATUSES, CASE_SOURCES, CASE_STATUSES, isOverdue, SEVERITIES } from '../../admin/providers/caseWorkflow';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

export const cases: ResourceDefinition = {
  name: 'cases',
  table: 'cases',
  label: 'Case',
  fields: {
    id: field.integer({ sort: true }),
    merchantId: field.integer({ filter: true, sort: true }),
    categoryId: field.integer({ filter: true, sort: true }),
    violationTypeId: field.integer({ filter: true, sort: true }),
    source: field.enum(CASE_SOURCES, { filter: true, sort: true }),
    inspectionId: field.integer({ filter: true }),
    orderId: field.string({ filter: true, search: true }),
    severity: field.enum(SEVERITIES, { filter: true, sort: true }),
    status: field.enum(CASE_STATUSES, { filter: true, sort: true }),
    assigneeId: field.integer({ filter: true, sort: true }),
    summary: field.string({ search: true }),
    evidence: field.json(),
    openedAt: field.date({ sort: true, range: true }),
    dueAt: field.date({ sort: true, range: true }),
    resolvedAt: field.date({ sort: true, range: true }),
    resolution: field.string(),
    openedById: field.integer({ filter: true }),
    version: field.integer(),
    updatedAt: field.date({ sort: true }),
  },
  defaultSort: ['dueAt', 'ASC'],
  computed: (record, now) => ({ overdue: isOverdue(record as { status: string; dueAt: string }, now) }),
  customFilters: {
    // Overdue = still being worked and past its SLA (the same rule as the computed field).
    overdue: {
      schema: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
      apply(qb, overdue: boolean, { now }) {
        if (overdue) qb.whereIn('cases.status', ACTIVE_CASE_STATUSES as string[]).where('cases.dueAt', '<', now);
        else qb.where((q) => q.whereNotIn('cases.status', ACTIVE_CASE_STATUSES as string[]).orWhere('cases.dueAt', '>=', now));
      },
    },
  },
};
