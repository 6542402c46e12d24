import { z } from 'zod';
import { MAX_INT } from './fields';

/** Field schemas several resources share. */

/**
 * Words a missing value (absent, or null as an emptied form input sends it) only; a value of the
 * wrong kind keeps zod's own description of what was expected.
 */
export const whenMissing = (text: string) => ({
  error: (issue: z.core.$ZodRawIssue) => (issue.code === 'invalid_type' && issue.input == null ? text : undefined),
});

export const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'letters, digits, _ or -, at most 64');
export const name = (max = 120) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);
// Ids are 32-bit integer columns: a larger one is a field error, not a PostgreSQL failure.
export const optionalId = z.number().int().positive().max(MAX_INT).nullable().optional();
export const id = z.number(whenMissing('required')).int().positive().max(MAX_INT);
