import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { constraintKind, isDataException, uniqueColumn } from '../db/dialect';
import type { Logger } from 'pino';

export type FieldErrors = Record<string, string>;

/** Every deliberate error answer: `{ message, errors? }` with its status (SPEC §3). */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly errors?: FieldErrors) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: FieldErrors) => new HttpError(400, message, errors);
export const forbidden = (message = 'Your role may not do this') => new HttpError(403, message);
export const notFound = (what = 'Record') => new HttpError(404, `${what} not found`);
export const conflict = (message: string, errors?: FieldErrors) => new HttpError(409, message, errors);

/** zod issues → `{ field: why }`, keyed by the dotted path react-admin forms use. */
export function fieldErrors(err: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of err.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    out[key] ??= issue.message;
  }
  return out;
}

export function describeFieldErrors(errors: FieldErrors): string {
  const parts = Object.entries(errors).map(([field, why]) => (field === '_' ? why : `${field}: ${why}`));
  return `Invalid input: ${parts.slice(0, 3).join('; ')}${parts.length > 3 ? '; …' : ''}`;
}

export const notFoundRoute: RequestHandler = (req, _res, next) =>
  next(new HttpError(404, `No such endpoint: ${req.method} ${req.originalUrl.split('?')[0]}`));

/** The one error middleware: known errors become their 4xx; anything else is logged and answered as a bare 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const answer = toHttpError(err);
    if (answer.status >= 500) log.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    // Answered as bad input, but a server bug could cause one too: keep a trace.
    else if (isDataException(err)) log.warn({ err, method: req.method, url: req.originalUrl }, 'database rejected a value');
    if (res.headersSent) return;
    res.status(answer.status).json(answer.errors ? { message: answer.message, errors: answer.errors } : { message: answer.message });
  };
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) {
    const errors = fieldErrors(err);
    return badRequest(describeFieldErrors(errors), errors);
  }
  const e = err as { type?: string; status?: number; statusCode?: number; message?: string };
  // body-parser's errors carry a type and a 4xx status.
  if (e?.type === 'entity.parse.failed') return badRequest('Malformed JSON in request body');
  if (e?.type === 'entity.too.large') return new HttpError(413, 'Request body too large');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new HttpError(415, e.message ?? 'Unsupported encoding');
  const constraint = constraintKind(err);
  if (constraint === 'unique') {
    const column = uniqueColumn(err);
    return column
      ? conflict(`Another record already has this ${column}`, { [column]: 'already used by another record' })
      : conflict('A record with the same unique value already exists');
  }
  if (constraint === 'foreign_key') return conflict('This change refers to a missing record, or the record is still referenced elsewhere');
  if (constraint === 'check' || constraint === 'not_null') return badRequest('A value is missing or not allowed');
  if (isDataException(err)) return badRequest('A value is out of range, too long or contains characters that cannot be stored');
  const status = e?.status ?? e?.statusCode;
  if (status && status >= 400 && status < 500) return new HttpError(status, e.message ?? 'Bad request');
  return new HttpError(500, 'Internal server error');
}
