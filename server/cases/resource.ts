import { z } from 'zod';
import { ACTIVE_CASE_STATUSES } from '../../domain/cases';
import { inCategory } from '../categories/filter';
import { action, write, type ResourceDefinition } from '../http/resource';
import { assignSchema, caseShape, claimSchema, createCaseSchema, noteSchema, transitionSchema, updateCaseSchema } from './schema';
import { addCaseNote, assignCase, caseReferences, claimCase, createCase, transitionCase, updateCase } from './service';

/** The case queue (SPEC §3, §4): reviewers' default view is by due date. */
export const casesResource: ResourceDefinition = {
  ...caseShape,
  defaultSort: ['dueAt', 'ASC'],
  customFilters: {
    categoryId: inCategory('cases.categoryId'),
    // Overdue = still being worked and past its SLA (the same rule as the computed field).
    overdue: {
      schema: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
      apply(qb, overdue: boolean, { now }) {
        if (overdue) qb.whereIn('cases.status', ACTIVE_CASE_STATUSES as string[]).where('cases.dueAt', '<', now);
        else qb.where((q) => q.whereNotIn('cases.status', ACTIVE_CASE_STATUSES as string[]).orWhere('cases.dueAt', '>=', now));
      },
    },
  },
  create: write(createCaseSchema, createCase, caseReferences),
  update: write<typeof updateCaseSchema, [id: number]>(updateCaseSchema, updateCase),
  actions: {
    claim: action('claim', claimSchema, claimCase),
    assign: action('assign', assignSchema, assignCase),
    transition: action('transition', transitionSchema, transitionCase),
    notes: action('note', noteSchema, addCaseNote, { creates: true }),
  },
};
