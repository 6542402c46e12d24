import { z } from 'zod';
import { authorize } from '../auth/authorize';
import { inCategory } from '../categories/filter';
import { MAX_INT } from '../http/fields';
import { action, collectionAction, write, type ResourceDefinition } from '../http/resource';
import { parseBody } from '../http/validate';
import { loadEntries } from './entries';
import { publishDueNotices } from './publishing';
import {
  approveSchema,
  correctSchema,
  entriesQuery,
  generateSchema,
  noticeShape,
  publishSchema,
  rejectSchema,
  retractSchema,
  submitSchema,
  updateNoticeSchema,
  withdrawSchema,
} from './schema';
import { correctNotice, deleteNotice, generateNotice, updateNotice } from './service';
import { approveNotice, publishNotice, rejectNotice, retractNotice, submitNotice, withdrawNotice } from './workflow';

/** Penalty notices (SPEC §3, §4): drafts generated from penalties, reviewed, published or scheduled, retracted, corrected. */
export const noticesResource: ResourceDefinition = {
  ...noticeShape,
  defaultSort: ['updatedAt', 'DESC'],
  // A scheduled notice whose time has come reads as published even before the job's next run.
  beforeRead: async (db, now) => {
    await publishDueNotices(db, now);
  },
  customFilters: {
    categoryId: inCategory('notices.categoryId'),
    // The notices that list a penalty ("announced in").
    penaltyId: {
      schema: z.coerce.number().int().positive().max(MAX_INT),
      apply(qb, penaltyId: number) {
        qb.whereIn('notices.id', (sub) => sub.select('noticeId').from('noticePenalties').where({ penaltyId }));
      },
    },
  },
  create: write(generateSchema, generateNotice),
  update: write<typeof updateNoticeSchema, [id: number]>(updateNoticeSchema, updateNotice),
  remove: deleteNotice,
  collectionActions: {
    generate: collectionAction('create', generateSchema, generateNotice, { creates: true }),
  },
  actions: {
    submit: action('submit', submitSchema, submitNotice),
    approve: action('approve', approveSchema, approveNotice),
    reject: action('reject', rejectSchema, rejectNotice),
    withdraw: action('edit', withdrawSchema, withdrawNotice),
    publish: action('publish', publishSchema, publishNotice),
    retract: action('retract', retractSchema, retractNotice),
    correct: action('create', correctSchema, correctNotice, { creates: true }),
  },
  routes(router, db) {
    // The editor's preview: the entries these penalties would make, as they are now.
    router.get('/entries', authorize('notices', 'list'), async (req, res) => {
      res.json(await loadEntries(db.reader, parseBody(entriesQuery, req.query).penaltyIds));
    });
  },
};
