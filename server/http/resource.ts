/**
 * The simple-rest contract, written once. A resource declares its table, fields, filters and
 * behaviour; this turns it into GET list / GET one / POST / PUT / DELETE and workflow actions
 * (`POST /<id>/<action>`), each checked against the role table.
 */
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import type { Action } from '../../admin/providers/canAccess';
import type { Database } from '../db';
import { orderBy } from '../db/dialect';
import { authorize } from '../auth/authorize';
import { contextOf, type Actor, type RequestContext } from './context';
import { badRequest, HttpError, notFound } from './errors';
import { idempotent } from './idempotency';
import { applyConditions, parseListQuery, type CustomFilter } from './list-query';
import { MAX_INT, serializeRow, type Fields } from './fields';

export type JsonRecord = Record<string, unknown>;
type Handler = (ctx: RequestContext, id: number, body: unknown) => Promise<JsonRecord>;

export interface ResourceDefinition {
  /** URL segment and role-table key, e.g. `violation-types`. */
  name: string;
  /** Table name (camelCase is fine: Knex snake-cases identifiers). */
  table: string;
  /** Human name for messages, e.g. `Case`. */
  label: string;
  fields: Fields;
  defaultSort: [string, 'ASC' | 'DESC'];
  customFilters?: Record<string, CustomFilter>;
  /** Read-time fields derived from the serialized row (e.g. a case's `overdue`). */
  computed?: (record: JsonRecord, now: Date) => JsonRecord;
  /** Rows this actor may read at all (e.g. an inspector's own warehouse). */
  scope?: (qb: Knex.QueryBuilder, actor: Actor) => void;
  create?: (ctx: RequestContext, body: unknown) => Promise<JsonRecord>;
  update?: Handler;
  remove?: (ctx: RequestContext, id: number) => Promise<JsonRecord>;
  /** Workflow actions; `creates` ones honour Idempotency-Key and answer 201. */
  actions?: Record<string, { permission: Action; run: Handler; creates?: boolean }>;
  /** Extra read routes (e.g. `/current`, `/:id/suggested-penalty`), registered before the generic ones. */
  routes?: (router: Router, db: Database) => void;
}

export function selectColumns(def: Pick<ResourceDefinition, 'fields' | 'table'>): string[] {
  return Object.keys(def.fields).map((f) => `${def.table}.${f}`);
}

export function toRecord(def: Pick<ResourceDefinition, 'fields' | 'computed'>, row: JsonRecord, now = new Date()): JsonRecord {
  const record = serializeRow(def.fields, row);
  return def.computed ? { ...record, ...def.computed(record, now) } : record;
}

/** One record as JSON, read with `knex` (pass the transaction inside a workflow). */
export async function findRecord(knex: Knex, def: ResourceDefinition, id: number | string): Promise<JsonRecord | null> {
  const row = await knex(def.table).select(selectColumns(def)).where(`${def.table}.id`, id).first();
  return row ? toRecord(def, row) : null;
}

export async function getRecord(knex: Knex, def: ResourceDefinition, id: number | string): Promise<JsonRecord> {
  const record = await findRecord(knex, def, id);
  if (!record) throw notFound(`${def.label} ${id}`);
  return record;
}

export function parseId(raw: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || id > MAX_INT || id < 1) throw badRequest(`"${raw}" is not a valid id`, { id: `must be a positive integer up to ${MAX_INT}` });
  return id;
}

export function resourceRouter(def: ResourceDefinition, db: Database): Router {
  const router = Router();
  const ctx = (req: Request) => contextOf(req, db);
  def.routes?.(router, db);

  router.get('/', authorize(def.name, 'list'), async (req, res) => {
    const query = parseListQuery(req.query as Record<string, unknown>, def);
    const now = new Date();
    // One `now` for the page, its count and computed fields: an overdue filter and flag must agree.
    const where = (qb: Knex.QueryBuilder) => {
      applyConditions(qb, query.conditions, def, { dialect: db.dialect, now: now.toISOString(), table: def.table });
      def.scope?.(qb, req.actor!);
      return qb;
    };
    const page = where(db.reader(def.table).select(selectColumns(def)));
    orderBy(page, `${def.table}.${query.sort.field}`, query.sort.order, db.dialect);
    if (query.sort.field !== 'id') page.orderBy(`${def.table}.id`, query.sort.order.toLowerCase() as 'asc' | 'desc');
    const [rows, counted] = await Promise.all([
      page.offset(query.range.start).limit(query.range.end - query.range.start + 1),
      where(db.reader(def.table).count({ total: '*' })),
    ]);
    const total = Number(counted[0].total);
    const { start } = query.range;
    res.set('Content-Range', rows.length ? `${def.name} ${start}-${start + rows.length - 1}/${total}` : `${def.name} */${total}`);
    res.json(rows.map((row: JsonRecord) => toRecord(def, row, now)));
  });

  router.get('/:id', authorize(def.name, 'show'), async (req, res) => {
    const id = parseId(req.params.id as string);
    const qb = db.reader(def.table).select(selectColumns(def)).where(`${def.table}.id`, id);
    def.scope?.(qb, req.actor!);
    const row = await qb.first();
    if (!row) throw notFound(`${def.label} ${id}`);
    res.json(toRecord(def, row));
  });

  const create = def.create;
  if (create) {
    router.post('/', authorize(def.name, 'create'), idempotent(db), async (req, res) => {
      res.status(201).json(await create(ctx(req), req.body ?? {}));
    });
  }
  const update = def.update;
  if (update) {
    router.put('/:id', authorize(def.name, 'edit'), async (req, res) => {
      res.json(await update(ctx(req), parseId(req.params.id as string), req.body ?? {}));
    });
  }
  const remove = def.remove;
  if (remove) {
    router.delete('/:id', authorize(def.name, 'delete'), async (req, res) => {
      res.json(await remove(ctx(req), parseId(req.params.id as string)));
    });
  }
  for (const [name, action] of Object.entries(def.actions ?? {})) {
    const guards = [authorize(def.name, action.permission), ...(action.creates ? [idempotent(db)] : [])];
    router.post(`/:id/${name}`, ...guards, async (req, res) => {
      const result = await action.run(ctx(req), parseId(req.params.id as string), req.body ?? {});
      res.status(action.creates ? 201 : 200).json(result);
    });
  }
  // Anything else on this resource: say what is not possible rather than a bare 404.
  router.all(['/', '/:id'], (req) => {
    if (!req.actor) throw new HttpError(401, 'Sign in first');
    throw new HttpError(405, `${def.label} records cannot be ${req.method === 'DELETE' ? 'deleted' : req.method === 'POST' ? 'created here' : 'changed this way'}`);
  });
  return router;
}
