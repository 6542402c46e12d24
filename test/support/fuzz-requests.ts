/**
 * fast-check arbitraries for whole requests: any route, ids that exist or could never exist,
 * list queries that are nearly right or nonsense, bodies built from the API's own field names
 * with values of every type, any JSON, huge strings, deep nesting, every Unicode plane, and the
 * headers that matter (content type, Idempotency-Key, where a browser says it comes from, who).
 */
import fc from 'fast-check';
import { CASE_STATUSES, SEVERITIES } from '../../domain/cases';
import { PENALTY_TYPES } from '../../domain/penalties';
import { ROLES } from '../../domain/roles';
import type { Route } from './fuzz-routes';
import type { Who } from './testApp';

export type Auth = { kind: 'bearer' | 'cookie'; who: Who; site?: string } | { kind: 'none' } | { kind: 'garbage'; header: string };

export interface FuzzRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  /** The raw body as sent (JSON text, or anything else). */
  body?: string;
  auth: Auth;
}

const WORDS = [
  ...[...CASE_STATUSES, ...SEVERITIES, ...PENALTY_TYPES, ...ROLES],
  'open',
  'complaint',
  'upheld',
  'overturned',
  'material_fraud',
  'ASC',
  'DESC',
  '2026-12-01',
  '2026-12-01T08:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  'reviewer@example.com',
  'trustdesk-demo',
];
const NASTY = [
  '',
  ' ',
  '\u0000',
  '%00',
  '\\',
  "'; drop table cases; --",
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '../..',
  '\uFEFF',
  '\uD800',
  '🙂',
  '漢字',
  'ǅ',
  '\u202E',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }, // every Unicode plane, lone surrogates included
  { weight: 2, arbitrary: fc.constantFrom(...WORDS, ...NASTY) },
);
const number = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -0, 2 ** 31, 2 ** 31 - 1, 2 ** 53 + 1, -(2 ** 63), 1e308, 1.5, 0.1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const leaf = fc.oneof(text, number, fc.boolean(), fc.constant(null));
const value = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Long text, cheaply: one character (of 1 to 4 UTF-8 bytes) repeated to 4–130 kB, around the 100 kB body limit. */
const huge = fc
  .tuple(fc.integer({ min: 4_000, max: 130_000 }), fc.constantFrom('x', 'é', '漢', '🙂'))
  .map(([bytes, ch]) => ch.repeat(Math.ceil(bytes / Buffer.byteLength(ch))));

/** Objects keyed by the API's own field names (so validation is reached past its first check). */
const fieldObject = (names: string[]) =>
  fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: text }), value, { maxKeys: 8 });

/** Percent-encoding that also passes lone surrogates on, as the (invalid) UTF-8 bytes a careless client would send. */
function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      const u = ch.charCodeAt(0);
      out += ['%ED', 0xa0 | ((u >> 6) & 0x0f), 0x80 | (u & 0x3f)].map((b) => (typeof b === 'string' ? b : `%${b.toString(16).toUpperCase()}`)).join('');
    }
  }
  return out;
}

const nested = fc
  .integer({ min: 50, max: 20_000 })
  .chain((depth) => fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));

/**
 * A valid body for the route, with up to two of its fields changed, removed or added: so that
 * many requests get past validation and writes are exercised too, accepted and refused.
 */
function nearlyValid(template: Record<string, unknown>, names: string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(template);
  const edit = fc.oneof(
    fc.tuple(fc.constantFrom(...keys), value).map(([k, v]) => (b: Record<string, unknown>) => ({ ...b, [k]: v })),
    fc.constantFrom(...keys).map((k) => (b: Record<string, unknown>) => Object.fromEntries(Object.entries(b).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...names), value).map(([k, v]) => (b: Record<string, unknown>) => ({ ...b, [k]: v })),
  );
  return fc.array(edit, { maxLength: 2 }).map((edits) => edits.reduce((b, e) => e(b), template));
}

function bodyArbitrary(names: string[], template: Record<string, unknown> | undefined): fc.Arbitrary<{ type?: string; body?: string }> {
  const json = (b: fc.Arbitrary<unknown>) => b.map((v) => ({ type: 'application/json', body: JSON.stringify(v) }));
  return fc.oneof(
    { weight: template ? 6 : 0, arbitrary: json(nearlyValid(template ?? { x: 1 }, names)) },
    { weight: 6, arbitrary: json(fieldObject(names)) },
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 4 })) },
    { weight: 1, arbitrary: json(huge.map((s) => ({ summary: s, text: s, note: s, statement: s }))) },
    { weight: 1, arbitrary: nested.map((body) => ({ type: 'application/json', body })) },
    { weight: 1, arbitrary: fc.constant({}) }, // no body, no type
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-16',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data; boundary=x',
        ),
        body: fc.oneof(text, fc.constantFrom('{', '{"a":1,}', 'null', '"str"', '123', 'note=x&version=1')),
      }),
    },
  );
}

function queryArbitrary(names: string[]): fc.Arbitrary<string> {
  const field = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...names, 'q', 'id', ...names.flatMap((n) => [`${n}_gte`, `${n}_lte`])) },
    { weight: 1, arbitrary: text },
  );
  const param = fc.oneof(
    fc.tuple(field, fc.constantFrom('ASC', 'DESC', 'asc', 'sideways')).map((v) => ['sort', JSON.stringify(v)]),
    fc.tuple(fc.integer({ min: -2, max: 3000 }), fc.integer({ min: -2, max: 3000 })).map((v) => ['range', JSON.stringify(v)]),
    fc.dictionary(field, value, { maxKeys: 4 }).map((v) => ['filter', JSON.stringify(v)]),
    fc.tuple(
      fc.constantFrom('sort', 'range', 'filter', 'format', 'locale', 'violationTypeId', 'caseIds'),
      fc.oneof(
        text,
        value.map((v) => JSON.stringify(v) ?? ''),
      ),
    ),
    fc.constant(['format', 'csv']),
    fc.tuple(text, text),
  );
  return fc.array(param, { maxLength: 4 }).map((params) => params.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));
}

const id = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 80 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '3391',
      '999999999',
      '2147483648',
      '9007199254740993',
      '1e3',
      '0x10',
      '1.5',
      'null',
      'me',
      'current',
      '%00',
      '..',
      '__proto__',
    ),
  },
  { weight: 1, arbitrary: text.filter((s) => s.length > 0) },
);

const auth = (whos: Who[]): fc.Arbitrary<Auth> =>
  fc.oneof(
    // Leads more often: they may do the most, so more requests get past the role check.
    {
      weight: 8,
      arbitrary: fc.constantFrom(...whos, ...whos.filter((w) => w === 'manager' || w === 'admin')).map((who) => ({ kind: 'bearer' as const, who })),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('cookie' as const),
        who: fc.constantFrom(...whos),
        site: fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none'),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('Bearer', 'Bearer x', 'Basic YWRtaW46YWRtaW4=', 'bearer  \t', 'Bearer ü')
        .map((header) => ({ kind: 'garbage' as const, header })),
    },
  );

const printable = fc.string({ maxLength: 260 }); // header values: printable ASCII only (what HTTP carries)

/** Valid bodies by `METHOD path` (as in the route list), the starting points of `nearlyValid`. */
export type Templates = Record<string, Record<string, unknown>>;

const extraHeader = fc.tuple(fc.constantFrom('Accept', 'Accept-Language', 'X-Forwarded-For', 'Origin', 'If-None-Match', 'Range'), printable);

export function requestArbitrary(routes: Route[], names: string[], whos: Who[], templates: Templates): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) =>
    fc
      .record({
        id,
        query: queryArbitrary(names),
        body: bodyArbitrary(names, templates[`${route.method} ${route.path}`]),
        auth: auth(whos),
        idempotencyKey: fc.option(printable, { nil: undefined }),
        extra: fc.option(extraHeader, { nil: undefined }),
      })
      .map(({ id: rawId, query, body, auth, idempotencyKey, extra }) => {
        const headers: Record<string, string> = {};
        if (body.type) headers['Content-Type'] = body.type;
        if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
        if (extra) headers[extra[0]] = extra[1];
        return {
          method: route.method,
          path: route.path.replace(':id', encode(rawId)),
          query: route.method === 'GET' ? query : '',
          headers,
          body: route.method === 'GET' ? undefined : body.body,
          auth,
        };
      }),
  );
}
