import { z } from 'zod';
import { authorize } from '../auth/authorize';
import { badRequest } from '../http/errors';
import { getRecord, parseId, type ResourceDefinition } from '../http/resource';
import { merchants } from '../merchants/resource';
import { appeals } from '../appeals/resource';
import { decideAppeal, fileAppeal } from '../appeals/service';
import { suggestPenalty, type PastPenalty } from '../penalty-policies/ladder';
import { currentPolicy, penaltyPolicies } from '../penalty-policies/resource';
import { penalties } from './resource';
import { approvePenalty, issuePenalty, rejectPenalty, revokePenalty } from './service';

export const penaltiesResource: ResourceDefinition = {
  ...penalties,
  create: issuePenalty,
  actions: {
    approve: { permission: 'approve', run: approvePenalty },
    reject: { permission: 'reject', run: rejectPenalty },
    revoke: { permission: 'revoke', run: revokePenalty },
  },
};

export const appealsResource: ResourceDefinition = {
  ...appeals,
  create: fileAppeal,
  actions: { decide: { permission: 'decide', run: decideAppeal } },
};

export const penaltyPoliciesResource: ResourceDefinition = {
  ...penaltyPolicies,
  routes(router, db) {
    router.get('/current', authorize('penalty-policies', 'show'), async (_req, res) => {
      res.json(await currentPolicy(db.reader));
    });
  },
};

const suggestionQuery = z.object({ violationTypeId: z.coerce.number({ message: 'violationTypeId is required' }).int().positive() });

/** Merchants are read-only, plus the ladder's suggestion for a new violation (SPEC §4). */
export const merchantsResource: ResourceDefinition = {
  ...merchants,
  routes(router, db) {
    router.get('/:id/suggested-penalty', authorize('penalties', 'create'), async (req, res) => {
      const merchantId = parseId(req.params.id as string);
      const parsed = suggestionQuery.safeParse(req.query);
      if (!parsed.success) throw badRequest('Give the violationTypeId to suggest a penalty for', { violationTypeId: parsed.error.issues[0].message });
      await getRecord(db.reader, merchants, merchantId);
      const type = await db.reader('violationTypes').where({ id: parsed.data.violationTypeId }).first('code');
      if (!type) throw badRequest(`No violation type ${parsed.data.violationTypeId}`, { violationTypeId: 'no such violation type' });
      const history: PastPenalty[] = await db.reader('penalties').where({ merchantId }).select('id', 'type', 'status', 'points', 'startsAt');
      const normalized = history.map((p) => ({ ...p, startsAt: new Date(p.startsAt).toISOString(), points: Number(p.points) }));
      res.json(suggestPenalty(await currentPolicy(db.reader), type.code, normalized, new Date()));
    });
  },
};
