import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../../server/http/errors';
import { field } from '../../server/http/fields';
import { MAX_PAGE_SIZE, parseListQuery, type ListSpec } from '../../server/http/list-query';

const spec: ListSpec = {
  fields: {
    id: field.integer({ sort: true }),
    status: field.enum(['open', 'closed'], { filter: true, sort: true }),
    title: field.string({ search: true }),
    score: field.number({ filter: true, range: true, sort: true }),
    active: field.boolean({ filter: true }),
    openedAt: field.date({ range: true, sort: true }),
    secret: field.string(),
  },
  defaultSort: ['openedAt', 'DESC'],
  customFilters: { late: { schema: z.boolean(), apply: () => undefined } },
};

const parse = (q: Record<string, unknown>) =>
  parseListQuery(Object.fromEntries(Object.entries(q).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])), spec);

function rejects(q: Record<string, unknown>, key: string) {
  try {
    parse(q);
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(400);
    expect(Object.keys((err as HttpError).fields ?? {})).toContain(key);
    return;
  }
  throw new Error(`expected ${JSON.stringify(q)} to be rejected`);
}

describe('parseListQuery', () => {
  it('defaults to the declared sort and the first 25 rows', () => {
    expect(parse({})).toEqual({ sort: { field: 'openedAt', order: 'DESC' }, range: { start: 0, end: 24 }, conditions: [] });
  });

  it('reads sort, range and filter as ra-data-simple-rest writes them', () => {
    const q = parse({ sort: ['score', 'asc'], range: [50, 74], filter: { status: 'open', q: ' gold ' } });
    expect(q.sort).toEqual({ field: 'score', order: 'ASC' });
    expect(q.range).toEqual({ start: 50, end: 74 });
    expect(q.conditions).toEqual([
      { kind: 'eq', field: 'status', value: 'open' },
      { kind: 'search', fields: ['title'], term: 'gold' },
    ]);
  });

  it('turns arrays into IN, null into IS NULL, and always allows id (getMany)', () => {
    const q = parse({ filter: { id: [1, '2'], score: null } });
    expect(q.conditions).toEqual([
      { kind: 'in', field: 'id', values: [1, 2] },
      { kind: 'eq', field: 'score', value: null },
    ]);
  });

  it('bounds dates and numbers; a date-only upper bound covers that whole day', () => {
    const q = parse({ filter: { openedAt_gte: '2026-01-01', openedAt_lte: '2026-01-31', score_gte: '2.5' } });
    expect(q.conditions).toEqual([
      { kind: 'range', field: 'openedAt', op: '>=', value: '2026-01-01T00:00:00.000Z' },
      { kind: 'range', field: 'openedAt', op: '<=', value: '2026-01-31T23:59:59.999Z' },
      { kind: 'range', field: 'score', op: '>=', value: 2.5 },
    ]);
  });

  it('coerces booleans and custom filters through their schema', () => {
    expect(parse({ filter: { active: 'false', late: true } }).conditions).toEqual([
      { kind: 'eq', field: 'active', value: false },
      { kind: 'custom', name: 'late', value: true },
    ]);
  });

  it('skips emptied inputs react-admin sends', () => {
    expect(parse({ filter: { status: '', title: undefined } }).conditions).toEqual([]);
  });

  it('rejects what is not whitelisted or not well-formed, naming the parameter', () => {
    rejects({ sort: ['secret', 'ASC'] }, 'sort');
    rejects({ sort: ['score', 'SIDEWAYS'] }, 'sort');
    rejects({ sort: 'score' }, 'sort');
    rejects({ range: [10, 5] }, 'range');
    rejects({ range: [-1, 5] }, 'range');
    rejects({ range: [0, MAX_PAGE_SIZE] }, 'range');
    rejects({ range: '[0,' }, 'range');
    rejects({ filter: [1, 2] }, 'filter');
    rejects({ filter: '{"status":' }, 'filter');
    rejects({ filter: { secret: 'x' } }, 'filter.secret');
    rejects({ filter: { 'title; DROP TABLE cases': 'x' } }, 'filter.title; DROP TABLE cases');
    rejects({ filter: { status: 'nope' } }, 'filter.status');
    rejects({ filter: { score: 'abc' } }, 'filter.score');
    rejects({ filter: { openedAt_gte: 'yesterday' } }, 'filter.openedAt_gte');
    rejects({ filter: { title_gte: 'a' } }, 'filter.title_gte');
    rejects({ filter: { late: 'maybe' } }, 'filter.late');
    rejects({ filter: { q: 42 } }, 'filter.q');
  });

  it('refuses a repeated parameter instead of guessing', () => {
    expect(() => parseListQuery({ sort: ['["id","ASC"]', '["id","DESC"]'] }, spec)).toThrow(HttpError);
  });
});

describe('getMany', () => {
  it('answers every id asked for when no range is given (ra-data-simple-rest sends none)', () => {
    const ids = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(parse({ filter: { id: ids } }).range).toEqual({ start: 0, end: 39 });
    expect(parse({ filter: { id: ids }, range: [0, 9] }).range).toEqual({ start: 0, end: 9 });
  });
});
