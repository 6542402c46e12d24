/**
 * Create / versioned update / delete with an audit entry, each in one transaction. Reference data
 * uses these as they are; workflow services (cases, users) call the pieces they need.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { nowIso } from '../db/time';
import type { RequestContext } from './context';
import { conflict } from './errors';
import { toColumns } from './fields';
import { getRecord, type JsonRecord, type ResourceDefinition } from './resource';
import { parseBody } from './validate';

export const versionField = z.number({ message: 'version is required (reload the record)' }).int().min(1);

type Def = ResourceDefinition;

export function staleVersion(def: Def, current: unknown, sent: unknown) {
  return conflict(`This ${def.label.toLowerCase()} was changed by someone else (you edited version ${sent}, it is now at version ${current}). Reload it and try again.`,
    { version: 'stale: reload the record' });
}

export async function insertRecord(trx: Knex.Transaction, ctx: RequestContext, def: Def, data: JsonRecord, extra: JsonRecord = {}): Promise<JsonRecord> {
  const now = nowIso();
  const stamps = { ...(def.fields.createdAt && { createdAt: now }), ...(def.fields.updatedAt && { updatedAt: now }) };
  const [row] = await trx(def.table).insert({ ...toColumns(def.fields, data), ...extra, ...stamps }).returning('id');
  const after = await getRecord(trx, def, typeof row === 'object' ? row.id : row);
  await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: 'create', resource: def.name, resourceId: after.id as number, after });
  return after;
}

/** Compare-and-set on `version`: a stale version is a 409 and changes nothing. */
export async function updateVersioned(
  trx: Knex.Transaction, ctx: RequestContext, def: Def, id: number, version: number, changes: JsonRecord,
  opts: { action?: string; extra?: JsonRecord; auditNote?: JsonRecord } = {},
): Promise<{ before: JsonRecord; after: JsonRecord }> {
  const before = await getRecord(trx, def, id);
  if (before.version !== version) throw staleVersion(def, before.version, version);
  const updated = await trx(def.table).where({ id, version })
    .update({ ...toColumns(def.fields, changes), ...opts.extra, version: version + 1, updatedAt: nowIso() });
  if (updated !== 1) throw staleVersion(def, '(newer)', version);
  const after = await getRecord(trx, def, id);
  // `auditNote`: changes the record does not show (e.g. that the password changed), for the trail.
  await recordAudit(trx, {
    actorId: ctx.actor.id, ip: ctx.ip, action: opts.action ?? 'update', resource: def.name, resourceId: id,
    before, after: { ...after, ...opts.auditNote },
  });
  return { before, after };
}

export async function deleteRecord(trx: Knex.Transaction, ctx: RequestContext, def: Def, id: number): Promise<JsonRecord> {
  const before = await getRecord(trx, def, id);
  await trx(def.table).where({ id }).delete();
  await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: 'delete', resource: def.name, resourceId: id, before });
  return before;
}

/** Plain admin-managed CRUD (categories, violation types, warehouses). */
export function crud<C extends z.ZodObject, U extends z.ZodObject>(def: () => Def, schemas: { create: C; update: U }) {
  const withVersion = schemas.update.extend({ version: versionField });
  return {
    create: (ctx: RequestContext, body: unknown) => {
      const data = parseBody(schemas.create, body) as JsonRecord;
      return ctx.db.knex.transaction((trx) => insertRecord(trx, ctx, def(), data));
    },
    update: (ctx: RequestContext, id: number, body: unknown) => {
      const { version, ...changes } = parseBody(withVersion, body) as JsonRecord & { version: number };
      return ctx.db.knex.transaction(async (trx) => (await updateVersioned(trx, ctx, def(), id, version, changes)).after);
    },
    remove: (ctx: RequestContext, id: number) => ctx.db.knex.transaction((trx) => deleteRecord(trx, ctx, def(), id)),
  };
}
