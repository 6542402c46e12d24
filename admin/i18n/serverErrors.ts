/**
 * The API's errors in the reader's language. Every error answer carries a `code` (a key of
 * domain/messages.ts MESSAGES) and its `params`, and `errorCodes` beside the field errors; the data
 * provider words them here, once, so notifications and form fields never show the server's English.
 */
import type { TranslateFunction as Translate } from 'react-admin';
import { enumParams, type FieldProblem, type MessageParams } from '../../domain/messages';
import { parts } from './en';

/** An error answer of the API (SPEC §3). */
export interface ErrorBody {
  message?: string;
  code?: string;
  params?: MessageParams;
  errors?: Record<string, string>;
  errorCodes?: Record<string, FieldProblem>;
}

/** English singular resource names ("case", "violation type") → resource, to name the records the server mentions. */
const RESOURCE_BY_NOUN = new Map(
  Object.values(parts).flatMap((part) =>
    Object.entries((part as { resources?: Record<string, { name: string }> }).resources ?? {}).map(
      ([resource, { name }]) => [name.split('||||')[0].trim().toLowerCase(), resource] as const,
    ),
  ),
);

/** "Case 12" → 案件 12; a noun the SPA does not know stays as the server wrote it. */
function wordRecord(what: string, translate: Translate): string {
  const [, noun, id] = what.match(/^(.*?)(?: (\d+))?$/) ?? [];
  const resource = RESOURCE_BY_NOUN.get(noun.toLowerCase());
  if (!resource) return what;
  const name = translate(`resources.${resource}.name`, { smart_count: 1 });
  const cased = noun[0] === noun[0].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;
  return id ? `${cased} ${id}` : cased;
}

/** One message (an answer's or a field's) from its code: enum codes by their labels, field and resource names by theirs. */
export function wordProblem({ code, params = {} }: FieldProblem, translate: Translate, resource?: string, fallback?: string): string {
  const enums = enumParams(code);
  const label = (name: string, value: string | number | boolean): string => {
    const text = String(value);
    if (Object.hasOwn(enums, name)) return translate(`td.${enums[name]}.${text}`, { _: text });
    if (name === 'field' && resource) return translate(`resources.${resource}.fields.${text}`, { _: text });
    if (name === 'resource') return translate(`resources.${text}.name`, { smart_count: 2, _: text });
    if (name === 'what') return wordRecord(text, translate);
    return text;
  };
  const separator = translate('td.common.listSeparator');
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map((v) => label(name, v)).join(separator) : value == null ? '' : label(name, value),
    ]),
  );
  return translate(`td.errors.${code}`, { ...worded, _: fallback ?? code });
}

/** The first few field errors, named by their labels: the `details` of "Invalid input: …". */
function summary(errors: Record<string, string>, translate: Translate, resource?: string): string {
  const entries = Object.entries(errors);
  const named = entries
    .slice(0, 3)
    .map(([field, why]) => (field === '_' ? why : `${translate(`resources.${resource}.fields.${field}`, { _: field })}: ${why}`));
  return `${named.join('; ')}${entries.length > 3 ? '; …' : ''}`;
}

/** The answer's message and field errors in the reader's language (the English ones when the code is unknown). */
export function wordErrorBody(
  body: ErrorBody,
  translate: Translate,
  resource?: string,
): { message: string | undefined; errors: Record<string, string> | undefined } {
  const errors =
    body.errors &&
    Object.fromEntries(
      Object.entries(body.errors).map(([field, english]) => {
        const problem = body.errorCodes?.[field];
        return [field, problem ? wordProblem(problem, translate, resource, english) : english];
      }),
    );
  if (!body.code) return { message: body.message, errors };
  const params = body.code === 'invalid_input' && errors ? { ...body.params, details: summary(errors, translate, resource) } : body.params;
  return { message: wordProblem({ code: body.code, params }, translate, resource, body.message), errors };
}
