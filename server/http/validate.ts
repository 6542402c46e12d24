import type { z } from 'zod';
import { messageFor, type MessageCode, type MessageParams } from '../../domain/messages';
import { fieldErrors, invalidInput } from './errors';

/** A refinement's issue (`ctx.addIssue`): English text from the message catalogue, its code for other languages. */
export const refinementIssue = (path: string, code: MessageCode, params: MessageParams = {}) => ({
  code: 'custom' as const,
  path: [path],
  message: messageFor(code, params),
  params: { code, ...params },
});

/** A request body through its zod schema: the parsed value, or a 400 with one message per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  // With the input on each issue, a missing field (`field.required`) is told from a wrong one.
  const parsed = schema.safeParse(body ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw invalidInput(fieldErrors(parsed.error));
}
