import { z } from 'zod';
import { whereContains } from '../db/dialect';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

export const MERCHANT_STATUSES = ['active', 'restricted', 'suspended', 'banned'] as const;

/** Merchants come from the platform; status, points and open cases are derived (./service.ts), so the API only reads them. */
export const merchants: ResourceDefinition = {
  name: 'merchants',
  table: 'merchants',
  label: 'Merchant',
  fields: {
    id: field.integer({ sort: true }),
    nickname: field.string({ sort: true }),
    followerCount: field.integer({ sort: true, range: true }),
    categoryId: field.integer({ filter: true, sort: true }),
    status: field.enum(MERCHANT_STATUSES, { filter: true, sort: true }),
    violationPoints: field.integer({ sort: true, range: true }),
    openCaseCount: field.integer({ sort: true, range: true }),
    joinedAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
  defaultSort: ['followerCount', 'DESC'],
  customFilters: {
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
};
