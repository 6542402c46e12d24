/**
 * The simple-rest contract, written once. A resource declares its shape, list options and
 * behaviour; this turns it into GET list / GET one / POST / PUT / DELETE and workflow actions
 * (`POST /<id>/<action>`, or `POST /<action>` on the collection), each checked against the role table. Writes arrive at their handler with
 * the body parsed by the declared schema and inside one transaction, so a service only says what
 * the change is.
 */
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import type { z } from 'zod';
import { canAccess, type Action } from '../../domain/roles';
import type { Database } from '../db';
import { authorize } from '../auth/authorize';
import { contextOf, inTransaction, type Actor, type RequestContext, type TxContext } from './context';
import { writeCsv } from './csv';
import { badRequest, conflict, HttpError, notFound } from './errors';
import type { Fields } from './fields';
import { claimOf, KeyAlreadyUsed, replayed, storeAnswer } from './idempotency';
import { parseListQuery, type CustomFilter, type ListSpec } from './list-query';
import { listRows, planList } from './list-run';
import { jsonPage, selectColumns, toRecords, type JsonRecord, type RecordShape } from './shape';
import { parseBody } from './validate';
import { MAX_INT } from './fields';

/** A body-taking write: its schema, and the handler that receives the parsed input in a transaction. */
export interface Write<I = any, Args extends unknown[] = []> {
  schema: z.ZodType;
  /**
   * Reads that need no lock (the reference rows a create points at), done before the transaction
   * opens so that they do not hold SQLite's single writer; `run` finds the result in `tx.prepared`.
   */
  prepare?(ctx: RequestContext, input: I): Promise<unknown>;
  run(ctx: TxContext, ...args: [...Args, I]): Promise<JsonRecord>;
}

export interface ActionDefinition<I = any> extends Write<I, [id: number]> {
  permission: Action;
  /** Creates a record: honours Idempotency-Key and answers 201. */
  creates?: boolean;
  /** Creates something as a side effect (a failed verdict opens a case): honours Idempotency-Key, answers 200. */
  idempotent?: boolean;
}

/** A workflow action on the collection (`POST /<resource>/<action>`), e.g. generating a notice draft. */
export interface CollectionActionDefinition<I = any> extends Write<I> {
  permission: Action;
  /** Creates a record: honours Idempotency-Key and answers 201. */
  creates?: boolean;
}

/** Typed helpers: the handler's input type follows from its schema. */
export const write = <S extends z.ZodType, Args extends unknown[] = [], P = undefined>(
  schema: S,
  run: (ctx: TxContext<P>, ...args: [...Args, z.infer<S>]) => Promise<JsonRecord>,
  prepare?: (ctx: RequestContext, input: z.infer<S>) => Promise<P>,
): Write<z.infer<S>, Args> => ({ schema, run: run as Write<z.infer<S>, Args>['run'], prepare });
export const action = <S extends z.ZodType>(
  permission: Action,
  schema: S,
  run: (ctx: TxContext, id: number, input: z.infer<S>) => Promise<JsonRecord>,
  opts: { creates?: boolean; idempotent?: boolean } = {},
): ActionDefinition<z.infer<S>> => ({ permission, schema, run, ...opts });
export const collectionAction = <S extends z.ZodType>(
  permission: Action,
  schema: S,
  run: (ctx: TxContext, input: z.infer<S>) => Promise<JsonRecord>,
  opts: { creates?: boolean } = {},
): CollectionActionDefinition<z.infer<S>> => ({ permission, schema, run, ...opts });

export interface ResourceDefinition extends RecordShape {
  defaultSort: [string, 'ASC' | 'DESC'];
  customFilters?: Record<string, CustomFilter>;
  /** Ids that are not 32-bit integers (an order's platform number): how to read one from the URL. */
  parseId?: (raw: string) => number | string;
  /** Rows this actor may see at all (e.g. an inspector's own warehouse): every read, count, update and action. */
  scope?: (qb: Knex.QueryBuilder, actor: Actor) => void;
  /** Brings clock-derived fields up to date before a read (e.g. a suspension that just ended). */
  beforeRead?: (db: Database, now: Date) => Promise<void>;
  create?: Write;
  update?: Write<any, [id: number]>;
  remove?: (ctx: TxContext, id: number) => Promise<JsonRecord>;
  actions?: Record<string, ActionDefinition>;
  /** `POST /<resource>/<name>`: registered before the `/:id` routes, so a name never reads as an id. */
  collectionActions?: Record<string, CollectionActionDefinition>;
  /** Extra routes (e.g. `/current`, `/:id/suggested-penalty`), registered before the generic ones. */
  routes?: (router: Router, db: Database) => void;
}

export function parseId(raw: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || id > MAX_INT || id < 1) {
    throw badRequest('list.bad_id', { raw }, { id: { text: `must be a positive integer up to ${MAX_INT}`, code: 'field.invalid' } });
  }
  return id;
}

const publicFields = new WeakMap<Fields, Fields>();

/** The fields this actor may read: private ones (staff emails, sign-ins) only with `readPrivate`. The same object for the same answer. */
function visibleFields(def: Pick<ResourceDefinition, 'name' | 'fields'>, actor: Actor | undefined): Fields {
  if (!Object.values(def.fields).some((f) => f.private) || canAccess(actor?.role, { action: 'readPrivate', resource: def.name })) return def.fields;
  let fields = publicFields.get(def.fields);
  if (!fields) {
    fields = Object.fromEntries(Object.entries(def.fields).filter(([, f]) => !f.private));
    publicFields.set(def.fields, fields);
  }
  return fields;
}

/** The record with `id`, if this actor's scope lets them see it (a 404 otherwise: out of scope is as good as missing). */
export async function assertInScope(knex: Knex, def: Pick<ResourceDefinition, 'table' | 'label' | 'scope'>, actor: Actor, id: number | string) {
  if (!def.scope) return;
  const qb = knex(def.table).where(`${def.table}.id`, id).first(`${def.table}.id`);
  def.scope(qb, actor);
  if (!(await qb)) throw notFound(def.label, id);
}

type ListView = { shape: ResourceDefinition; spec: ListSpec };
/** Per declaration and visible fields (which depend on the role only): each view is built once. */
const listViews = new WeakMap<ResourceDefinition, Map<Fields, ListView>>();

/** What a list shows this actor (no detail-only fields) and what it may filter and sort by. */
export function listView(def: ResourceDefinition, actor: Actor | undefined): ListView {
  const fields = visibleFields(def, actor);
  let views = listViews.get(def);
  if (!views) {
    views = new Map();
    listViews.set(def, views);
  }
  let view = views.get(fields);
  if (!view) {
    view = { shape: { ...def, fields: Object.fromEntries(Object.entries(fields).filter(([, f]) => !f.detail)) }, spec: { ...def, fields } as ListSpec };
    views.set(fields, view);
  }
  return view;
}

export function resourceRouter(def: ResourceDefinition, db: Database): Router {
  const router = Router();
  const idOf = (req: Request) => (def.parseId ?? parseId)(req.params.id as string);

  def.routes?.(router, db);
  for (const [name, a] of Object.entries(def.collectionActions ?? {})) {
    router.post(`/${name}`, authorize(def.name, a.permission), (req, res) => run(req, res, a.creates ? 201 : 200, a, { creates: a.creates }));
  }

  /** The visible shape and list whitelist for this request's actor. */
  const viewFor = (req: Request) => {
    const fields = visibleFields(def, req.actor);
    return { shape: { ...def, fields }, spec: { ...def, fields } as ListSpec };
  };

  router.get('/', authorize(def.name, 'list'), async (req, res) => {
    const { shape, spec } = listView(def, req.actor);
    const query = parseListQuery(req.query as Record<string, unknown>, spec);
    const now = new Date();
    await def.beforeRead?.(db, now);
    // One `now` for the page, its count and computed fields: an overdue filter and flag must agree.
    const plan = (expand: boolean, json = true) => planList(db, def, shape, spec, query, req.actor!, now, { expand, json });
    if (req.query.format === 'csv') return writeCsv(res, { db, shape, page: (await plan(false)).page, now, locale: String(req.query.locale ?? 'en') });
    // A filter value resolved earlier and since changed (or an empty page, which cannot tell): plan again without it.
    const page = async (json: boolean) =>
      (await listRows(db, await plan(true, json), def.table, query)) ?? (await listRows(db, await plan(false, json), def.table, query))!;
    const first = await page(true);
    const planned = jsonPage(shape, first.rows, now);
    // Rows read as JSON text answer as they are; a value not in its stored form: the page is read the ordinary way.
    const { rows, total } = planned === null && first.rows[0]?.rowJson !== undefined ? await page(false) : first;
    const { start } = query.range;
    res.set('Content-Range', rows.length ? `${def.name} ${start}-${start + rows.length - 1}/${total}` : `${def.name} */${total}`);
    if (planned !== null) res.type('json').send(planned);
    else res.json(await toRecords(db.reader, shape, rows, now));
  });

  router.get('/:id', authorize(def.name, 'show'), async (req, res) => {
    const id = idOf(req);
    const { shape } = viewFor(req);
    const now = new Date();
    await def.beforeRead?.(db, now);
    const qb = db.reader(def.table).select(selectColumns(shape)).where(`${def.table}.id`, id);
    def.scope?.(qb, req.actor!);
    const row = await qb.first();
    if (!row) throw notFound(def.label, id);
    res.json((await toRecords(db.reader, shape, [row], now))[0]);
  });

  /**
   * Parse, then run in one transaction (after checking the record is in the actor's scope). A
   * creating write with an Idempotency-Key answers a committed result again, or stores its own
   * answer in the same transaction as the change.
   */
  const run = async (req: Request, res: Response, status: number, w: Write<any, any[]>, opts: { id?: number | string; creates?: boolean } = {}) => {
    const { id } = opts;
    const input = parseBody(w.schema, req.body ?? {});
    const claim = opts.creates ? claimOf(req, input) : null;
    if (claim && (await replayed(db.reader, claim, res))) return;
    const ctx = contextOf(req, db);
    const prepared = await w.prepare?.(ctx, input);
    try {
      const result = await inTransaction(ctx, async (t) => {
        const tx = { ...t, prepared };
        if (id !== undefined) await assertInScope(tx.trx, def, tx.actor, id);
        const answer = id === undefined ? await w.run(tx, input) : await w.run(tx, id, input);
        if (claim) await storeAnswer(tx.trx, claim, status, answer);
        return answer;
      });
      res.status(status).json(result);
    } catch (err) {
      // The same key committed by a concurrent retry while this one ran: this one rolled back; answer that one's result.
      if (!(claim && err instanceof KeyAlreadyUsed)) throw err;
      if (!(await replayed(db.knex, claim, res))) throw conflict('idempotency.in_progress');
    }
  };

  if (def.create) {
    const create = def.create;
    router.post('/', authorize(def.name, 'create'), (req, res) => run(req, res, 201, create, { creates: true }));
  }
  if (def.update) {
    const update = def.update;
    router.put('/:id', authorize(def.name, 'edit'), (req, res) => run(req, res, 200, update, { id: idOf(req) }));
  }
  if (def.remove) {
    const remove = def.remove;
    router.delete('/:id', authorize(def.name, 'delete'), async (req, res) => {
      const id = idOf(req) as number;
      res.json(
        await inTransaction(contextOf(req, db), async (tx) => {
          await assertInScope(tx.trx, def, tx.actor, id);
          return remove(tx, id);
        }),
      );
    });
  }
  for (const [name, a] of Object.entries(def.actions ?? {})) {
    router.post(`/:id/${name}`, authorize(def.name, a.permission), (req, res) =>
      run(req, res, a.creates ? 201 : 200, a, { id: idOf(req), creates: a.creates || a.idempotent }),
    );
  }
  // Anything else on this resource: say what is not possible rather than a bare 404.
  router.all(['/', '/:id'], (req) => {
    if (!req.actor) throw new HttpError(401, 'unauthorized');
    throw new HttpError(405, 'method_not_allowed', {
      what: def.label,
      how: req.method === 'DELETE' ? 'deleted' : req.method === 'POST' ? 'created here' : 'changed this way',
    });
  });
  return router;
}
