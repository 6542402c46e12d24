import { z } from 'zod';
import { whereContains } from '../db/dialect';
import { authorize } from '../auth/authorize';
import { inCategory } from '../categories/filter';
import { inspectionSummary, summaryQuery } from '../inspections/summary';
import { parseId, type ResourceDefinition } from '../http/resource';
import { parseBody } from '../http/validate';
import { merchantShape, suggestionQuery } from './schema';
import { refreshDueMerchants, suggestedPenalty } from './service';

/** Merchants are read-only, plus the ladder's suggestion for a new penalty (SPEC §4). */
export const merchantsResource: ResourceDefinition = {
  ...merchantShape,
  defaultSort: ['followerCount', 'DESC'],
  beforeRead: async (db, now) => {
    await refreshDueMerchants(db, now);
  },
  customFilters: {
    categoryId: inCategory('merchants.categoryId'),
    // Staff search by nickname or paste the platform id.
    q: {
      schema: z.union([z.string(), z.number()]).transform((v) => String(v).trim()),
      apply(qb, term: string, { dialect }) {
        if (!term) return;
        qb.where((inner) => {
          whereContains(inner, 'merchants.nickname', term, dialect);
          if (/^\d{1,9}$/.test(term)) inner.orWhere('merchants.id', Number(term));
        });
      },
    },
  },
  routes(router, db) {
    router.get('/:id/suggested-penalty', authorize('penalties', 'create'), async (req, res) => {
      const merchantId = parseId(req.params.id as string);
      await refreshDueMerchants(db);
      res.json(await suggestedPenalty(db.reader, merchantId, parseBody(suggestionQuery, req.query)));
    });
    // The merchant's inspection failure rate beside the platform's, for whoever reads inspections.
    router.get('/:id/inspection-summary', authorize('inspections', 'list'), async (req, res) => {
      const merchantId = parseId(req.params.id as string);
      const { days } = parseBody(summaryQuery, req.query);
      res.json(await inspectionSummary(db.reader, merchantId, days, req.actor!));
    });
  },
};
