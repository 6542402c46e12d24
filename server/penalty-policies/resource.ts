import { authorize } from '../auth/authorize';
import { write, type ResourceDefinition } from '../http/resource';
import { policySchema, policyShape } from './schema';
import { currentPolicy } from './current';
import { createPolicy } from './service';

/** Versions of the penalty policy; `GET /current` is the one in force. */
export const penaltyPoliciesResource: ResourceDefinition = {
  ...policyShape,
  defaultSort: ['id', 'DESC'],
  create: write(policySchema, createPolicy),
  routes(router, db) {
    router.get('/current', authorize('penalty-policies', 'show'), async (_req, res) => {
      res.json(await currentPolicy(db.reader));
    });
  },
};
