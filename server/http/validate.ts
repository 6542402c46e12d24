import type { z } from 'zod';
import { badRequest, describeFieldErrors, fieldErrors } from './errors';

/** A request body through its zod schema: the parsed value, or a 400 with one message per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const errors = fieldErrors(parsed.error);
  throw badRequest(describeFieldErrors(errors), errors);
}
