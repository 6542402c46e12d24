import type { z } from 'zod';
import { fieldErrors, invalidInput } from './errors';

/** A request body through its zod schema: the parsed value, or a 400 with one message per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  // With the input on each issue, a missing field (`field.required`) is told from a wrong one.
  const parsed = schema.safeParse(body ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw invalidInput(fieldErrors(parsed.error));
}
