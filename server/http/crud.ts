/**
 * Insert / versioned update / delete with their audit entry, inside the transaction the resource
 * layer opened. Reference data uses `crud()` as it is; workflow services call the pieces they need.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { insertReturning } from '../db/dialect';
import { nowIso } from '../db/time';
import type { TxContext } from './context';
import { badRequest, conflict, fieldError, noSuch } from './errors';
import { toColumns } from './fields';
import type { Write } from './resource';
import { whenMissing } from './schemas';
import { getRecord, ownColumns, toRecords, type JsonRecord, type RecordShape } from './shape';

export const versionField = z.number(whenMissing('version is required (reload the record)')).int().min(1);

export function staleVersion(shape: RecordShape, current: unknown, sent: unknown) {
  return conflict('stale_version', { what: shape.label.toLowerCase(), sent: String(sent), current: String(current) }, { version: fieldError('field.invalid') });
}

/** The row with `id` in `table`, or a 400 naming the field that points at nothing (null when no id is given). */
export async function mustExist(knex: Knex, table: string, id: number | null | undefined, field: string, what: string) {
  if (id == null) return null;
  const row = await knex(table).where({ id }).first();
  if (!row) throw badRequest('no_such', { what, id }, { [field]: noSuch(what) });
  return row;
}

/** Who wrote a change, for the audit trail: a signed-in actor, or the system (jobs, CLIs). */
export type Writer = Pick<TxContext, 'trx'> & { actor: { id: number } | null; ip: string | null };

const actorId = (w: Writer) => w.actor?.id ?? null;

/**
 * The one way to create a record: insert (answered with the new row), and audit it, all in the
 * writer's transaction. `extra` holds columns the record does not expose (a password hash).
 * `afterInsert` writes rows that belong to the record (its relations) before it is read and
 * audited; `alongside` writes that follow from it (a timeline event, a derived count) and run
 * together with the audit entry — fewer round trips while the write lock is held.
 */
export async function insertRecord(
  w: Writer,
  shape: RecordShape,
  data: JsonRecord,
  opts: {
    extra?: JsonRecord;
    action?: string;
    before?: JsonRecord | null;
    afterInsert?: (id: number | string) => Promise<unknown>;
    alongside?: (id: number | string) => Promise<unknown>;
  } = {},
): Promise<JsonRecord> {
  const now = nowIso();
  const stamps = { ...(shape.fields.createdAt && { createdAt: now }), ...(shape.fields.updatedAt && { updatedAt: now }) };
  const row = await insertReturning(w.trx, shape.table, { ...toColumns(shape.fields, data), ...opts.extra, ...stamps }, ownColumns(shape));
  // A record keyed by an outside id (an order's platform number) keeps it; the others get one from the database.
  const id = typeof row.id === 'string' && typeof data.id === 'string' ? row.id : Number(row.id);
  await opts.afterInsert?.(id);
  const [after] = await toRecords(w.trx, shape, [row]);
  // The audit entry first: on PostgreSQL its lock must be taken before `alongside` touches other rows (see recomputeMerchant).
  const audit = recordAudit(w.trx, {
    actorId: actorId(w),
    ip: w.ip,
    action: opts.action ?? 'create',
    resource: shape.name,
    resourceId: id,
    before: opts.before,
    after,
  });
  await Promise.all([audit, opts.alongside?.(id)]);
  return after;
}

/** Compare-and-set on `version`: a stale version is a 409 and changes nothing. */
export async function updateVersioned(
  w: Writer,
  shape: RecordShape,
  id: number,
  version: number,
  changes: JsonRecord,
  opts: { action?: string; extra?: JsonRecord; auditNote?: JsonRecord; afterUpdate?: () => Promise<unknown> } = {},
): Promise<{ before: JsonRecord; after: JsonRecord }> {
  const before = await getRecord(w.trx, shape, id);
  if (before.version !== version) throw staleVersion(shape, before.version, version);
  const updated = await w
    .trx(shape.table)
    .where({ id, version })
    .update({ ...toColumns(shape.fields, changes), ...opts.extra, version: version + 1, ...(shape.fields.updatedAt && { updatedAt: nowIso() }) });
  if (updated !== 1) throw staleVersion(shape, '(newer)', version);
  // Relations that change with the record (its `field.idList`s) are rewritten before it is read back and audited.
  await opts.afterUpdate?.();
  const after = await getRecord(w.trx, shape, id);
  // `auditNote`: changes the record does not show (e.g. that the password changed), for the trail.
  await recordAudit(w.trx, {
    actorId: actorId(w),
    ip: w.ip,
    action: opts.action ?? 'update',
    resource: shape.name,
    resourceId: id,
    before,
    after: { ...after, ...opts.auditNote },
  });
  return { before, after };
}

export async function deleteRecord(w: Writer, shape: RecordShape, id: number, opts: { beforeDelete?: () => Promise<unknown> } = {}): Promise<JsonRecord> {
  const before = await getRecord(w.trx, shape, id);
  // Rows that belong to the record (its relations) go first: they reference it.
  await opts.beforeDelete?.();
  await w.trx(shape.table).where({ id }).delete();
  await recordAudit(w.trx, { actorId: actorId(w), ip: w.ip, action: 'delete', resource: shape.name, resourceId: id, before });
  return before;
}

/** Plain admin-managed CRUD (categories, violation types, warehouses). */
export function crud<C extends z.ZodObject, U extends z.ZodObject>(shape: () => RecordShape, schemas: { create: C; update: U }) {
  const withVersion = schemas.update.extend({ version: versionField });
  const create: Write<z.infer<C>> = { schema: schemas.create as z.ZodType, run: (tx, input) => insertRecord(tx, shape(), input as JsonRecord) };
  const update: Write<z.infer<typeof withVersion>, [id: number]> = {
    schema: withVersion,
    run: async (tx, id, input) => {
      const { version, ...changes } = input as JsonRecord & { version: number };
      return (await updateVersioned(tx, shape(), id, version, changes)).after;
    },
  };
  return { create, update, remove: (tx: TxContext, id: number) => deleteRecord(tx, shape(), id) };
}
