import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError, type z } from 'zod';
import { messageFor, type FieldProblem, type MessageCode, type MessageParams } from '../../domain/messages';
import { constraintKind, isDataException, uniqueColumn } from '../db/dialect';

/** A field's problem: the English text (simple-rest's `errors`) and its code for other languages. */
export interface FieldError extends FieldProblem {
  text: string;
}
export type FieldErrors = Record<string, FieldError>;

/**
 * Every deliberate error answer (SPEC §3): `{ message, code, params?, errors?, errorCodes? }` with
 * its status. `message` and `errors` are English; `code`, `params` and `errorCodes` let the SPA say
 * the same in the reader's language (domain/messages.ts).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: MessageParams = {},
    readonly fields?: FieldErrors,
  ) {
    super(messageFor(code, params));
  }

  toJSON() {
    const hasParams = Object.keys(this.params).length > 0;
    const body: Record<string, unknown> = { message: this.message, code: this.code, ...(hasParams && { params: this.params }) };
    if (this.fields && Object.keys(this.fields).length) {
      body.errors = Object.fromEntries(Object.entries(this.fields).map(([k, f]) => [k, f.text]));
      body.errorCodes = Object.fromEntries(Object.entries(this.fields).map(([k, f]) => [k, f.params ? { code: f.code, params: f.params } : { code: f.code }]));
    }
    return body;
  }
}

/** A field problem worded from its code. */
export const fieldError = (code: MessageCode, params?: MessageParams): FieldError => ({ text: messageFor(code, params), code, ...(params && { params }) });

/** A field error for an id that names nothing. */
export const noSuch = (what: string) => fieldError('field.no_such', { what });

export const badRequest = (code: MessageCode, params?: MessageParams, fields?: FieldErrors) => new HttpError(400, code, params, fields);
export const unauthorized = (code: MessageCode = 'unauthorized') => new HttpError(401, code);
export const forbidden = (code: MessageCode = 'forbidden', params?: MessageParams) => new HttpError(403, code, params);
export const notFound = (what = 'Record', id?: number | string) => new HttpError(404, 'not_found', { what: id == null ? what : `${what} ${id}` });
export const conflict = (code: MessageCode, params?: MessageParams, fields?: FieldErrors) => new HttpError(409, code, params, fields);

/** A zod issue → its code and figures, so "at least 10 characters" reads well in every language. */
function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  const i = issue as z.core.$ZodIssue & {
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    expected?: string;
    values?: unknown[];
    format?: string;
    input?: unknown;
    params?: { code?: string } & MessageParams;
  };
  const n = (v: number | bigint | undefined) => (v === undefined ? undefined : Number(v));
  switch (i.code) {
    case 'too_small':
      if (i.origin === 'string') return n(i.minimum) === 1 ? { code: 'field.required' } : { code: 'field.too_short', params: { min: n(i.minimum) } };
      return { code: i.origin === 'array' ? 'field.too_few' : 'field.too_small', params: { min: n(i.minimum) } };
    case 'too_big':
      return { code: i.origin === 'string' ? 'field.too_long' : i.origin === 'array' ? 'field.too_many' : 'field.too_big', params: { max: n(i.maximum) } };
    case 'invalid_type':
      // null is what a form sends for an emptied input: as good as missing.
      if (i.input == null) return { code: 'field.required' };
      return i.expected === 'int' ? { code: 'field.not_integer' } : { code: 'field.wrong_type', params: { expected: i.expected } };
    case 'invalid_value':
      return { code: 'field.one_of', params: { options: (i.values ?? []).map(String) } };
    case 'invalid_format':
      return { code: 'field.format', params: { format: i.format } };
    case 'unrecognized_keys':
      return { code: 'field.unknown' };
    case 'custom': {
      // Refinements name their message code in `params.code` (and its figures beside it).
      const { code, ...params } = i.params ?? {};
      if (!code) return { code: 'field.invalid' };
      return Object.keys(params).length ? { code, params } : { code };
    }
    default:
      return { code: 'field.invalid' };
  }
}

/** zod issues → field errors keyed by the dotted path react-admin forms use. */
export function fieldErrors(err: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of err.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    out[key] ??= { text: issue.message, ...problemOf(issue) };
  }
  return out;
}

/** The 400 for invalid input: one line naming the first few problems, and each field's own. */
export function invalidInput(fields: FieldErrors): HttpError {
  const parts = Object.entries(fields).map(([field, f]) => (field === '_' ? f.text : `${field}: ${f.text}`));
  return badRequest('invalid_input', { details: `${parts.slice(0, 3).join('; ')}${parts.length > 3 ? '; …' : ''}` }, fields);
}

export const notFoundRoute: RequestHandler = (req, _res, next) =>
  next(new HttpError(404, 'no_such_endpoint', { method: req.method, path: req.originalUrl.split('?')[0] }));

/** The one error middleware: known errors become their 4xx; anything else is logged and answered as a bare 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const answer = toHttpError(err);
    if (answer.status >= 500) log.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    // Answered as bad input, but a server bug could cause one too: keep a trace.
    else if (isDataException(err)) log.warn({ err, method: req.method, url: req.originalUrl }, 'database rejected a value');
    if (res.headersSent) return;
    res.status(answer.status).json(answer.toJSON());
  };
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) return invalidInput(fieldErrors(err));
  const e = err as { type?: string; status?: number; statusCode?: number; message?: string };
  // body-parser's errors carry a type and a 4xx status.
  if (e?.type === 'entity.parse.failed') return badRequest('malformed_json');
  if (e?.type === 'entity.too.large') return new HttpError(413, 'too_large');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new HttpError(415, 'unsupported_encoding');
  const constraint = constraintKind(err);
  if (constraint === 'unique') {
    const column = uniqueColumn(err);
    return column ? conflict('unique', { field: column }, { [column]: fieldError('field.taken') }) : conflict('unique_any');
  }
  if (constraint === 'foreign_key') return conflict('foreign_key');
  if (constraint === 'check' || constraint === 'not_null') return badRequest('value_not_allowed');
  if (isDataException(err)) return badRequest('value_out_of_range');
  // Anything else with a 4xx (static files, body-parser): its own message may name server paths, so only the status is kept.
  const status = e?.status ?? e?.statusCode;
  if (status === 404) return new HttpError(404, 'not_found', { what: 'File' });
  if (status && status >= 400 && status < 500) return new HttpError(status, 'bad_request');
  return new HttpError(500, 'internal');
}
