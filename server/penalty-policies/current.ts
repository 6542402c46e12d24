import type { Knex } from 'knex';
import type { PenaltyPolicy, PolicyRecord } from '../../domain/policy';
import { notFound } from '../http/errors';
import { getRecord } from '../http/shape';
import { policyShape } from './schema';

/** The policy in force (the newest version), or null before the first one is saved. */
export async function findCurrentPolicy(knex: Knex): Promise<(PolicyRecord & Record<string, unknown>) | null> {
  const row = await knex('penaltyPolicies').orderBy('id', 'desc').first('id');
  return row ? getRecord<PolicyRecord>(knex, policyShape, row.id) : null;
}

/** The policy in force; every installation has one (seeded with the reference data). */
export async function currentPolicy(knex: Knex): Promise<PolicyRecord & Record<string, unknown>> {
  const policy = await findCurrentPolicy(knex);
  if (!policy) throw notFound('Penalty policy');
  return policy;
}

/** The version that governed a penalty (the one in force when it was issued), or the current one. */
export async function policyOf(knex: Knex, policyId: number | null | undefined): Promise<PenaltyPolicy> {
  return policyId ? getRecord<PolicyRecord>(knex, policyShape, policyId) : currentPolicy(knex);
}
