import { z } from 'zod';
import { PENALTY_TYPES, isTimedPenalty } from '../../domain/penalties';
import { field, ref } from '../http/fields';
import type { RecordShape } from '../http/shape';

/**
 * Policy versions are append-only: "editing" the policy creates the next version, so every
 * penalty keeps pointing at the exact rules that suggested it.
 */
export const policyShape: RecordShape = {
  name: 'penalty-policies',
  table: 'penaltyPolicies',
  label: 'Penalty policy',
  fields: {
    id: field.integer({ sort: true }),
    windowDays: field.integer(),
    appealWindowDays: field.integer(),
    points: field.json(),
    ladder: field.json(),
    directBanTypes: field.json(),
    note: field.string({ search: true }),
    createdById: field.integer({ filter: true, ref: ref.user }),
    createdAt: field.date({ sort: true, range: true }),
  },
};

const step = z.object({
  minPoints: z.number().int().min(0).max(10_000),
  type: z.enum(PENALTY_TYPES),
  durationDays: z.number().int().min(1).max(3650).nullable(),
});

export const policySchema = z.object({
  windowDays: z.number().int().min(1, 'at least one day').max(3650),
  appealWindowDays: z.number().int().min(1).max(365),
  points: z.record(z.string().min(1).max(64), z.number().int().min(0).max(1000)),
  ladder: z
    .array(step)
    .min(1, 'at least one step')
    .max(20)
    .refine((l) => l.some((s) => s.minPoints === 0), { message: 'one step must start at 0 points', params: { code: 'policy.step_at_zero' } })
    .refine((l) => new Set(l.map((s) => s.minPoints)).size === l.length, {
      message: 'each step needs its own threshold',
      params: { code: 'policy.distinct_steps' },
    })
    .refine((l) => l.every((s) => !isTimedPenalty(s.type) || s.durationDays), {
      message: 'suspensions and listing removals need a duration',
      params: { code: 'policy.step_duration' },
    }),
  directBanTypes: z.array(z.string().min(1).max(64)).max(50),
  note: z.string().trim().max(500).nullable().optional(),
});
