import type { Knex } from 'knex';
import { recordAudit } from '../audit/audit';
import { hashPassword } from '../auth/password';
import { forgetUser, SessionStore } from '../auth/sessions';
import { nowIso } from '../db/time';
import type { RequestContext } from '../http/context';
import { conflict, badRequest } from '../http/errors';
import { getRecord, type JsonRecord } from '../http/resource';
import { updateVersioned } from '../http/crud';
import { parseBody } from '../http/validate';
import { createUserSchema, updateUserSchema, type CreateUserInput } from './schema';
import { users } from './resource';

async function assertEmailFree(trx: Knex.Transaction, email: string, exceptId?: number) {
  const taken = await trx('users').where({ email }).modify((q) => exceptId && q.whereNot({ id: exceptId })).first('id');
  if (taken) throw conflict(`${email} already has an account`, { email: 'already used by another account' });
}

/** Also used by `npm run user:create` (no actor: the command line). */
async function mustHaveWarehouse(trx: Knex.Transaction, warehouseId: number | null | undefined) {
  if (warehouseId != null && !(await trx('warehouses').where({ id: warehouseId }).first('id'))) {
    throw badRequest(`No warehouse with id ${warehouseId}`, { warehouseId: 'no such warehouse' });
  }
}

export async function insertUser(trx: Knex.Transaction, input: CreateUserInput, by: { actorId: number | null; ip: string | null }): Promise<JsonRecord> {
  await assertEmailFree(trx, input.email);
  await mustHaveWarehouse(trx, input.role === 'inspector' ? input.warehouseId : null);
  const { password, ...rest } = input;
  const now = nowIso();
  const [row] = await trx('users').insert({
    ...rest,
    warehouseId: rest.role === 'inspector' ? rest.warehouseId : null,
    active: rest.active ?? true,
    passwordHash: await hashPassword(password),
    createdAt: now,
    updatedAt: now,
  }).returning('id');
  const after = await getRecord(trx, users, typeof row === 'object' ? row.id : row);
  await recordAudit(trx, { ...by, action: 'create', resource: 'users', resourceId: after.id as number, after });
  return after;
}

export function createUser(ctx: RequestContext, body: unknown) {
  const input = parseBody(createUserSchema, body);
  return ctx.db.knex.transaction((trx) => insertUser(trx, input, { actorId: ctx.actor.id, ip: ctx.ip }));
}

export async function updateUser(ctx: RequestContext, id: number, body: unknown, sessions: SessionStore) {
  const { version, password, ...changes } = parseBody(updateUserSchema, body);
  if (id === ctx.actor.id && (!changes.active || changes.role !== ctx.actor.role)) {
    throw badRequest('You cannot deactivate your own account or change your own role', { [changes.active ? 'role' : 'active']: 'not on your own account' });
  }
  const after = await ctx.db.knex.transaction(async (trx) => {
    await assertEmailFree(trx, changes.email, id);
    await mustHaveWarehouse(trx, changes.role === 'inspector' ? changes.warehouseId : null);
    const extra = password ? { passwordHash: await hashPassword(password) } : {};
    const warehouseId = changes.role === 'inspector' ? changes.warehouseId : null;
    const { after } = await updateVersioned(trx, ctx, users, id, version, { ...changes, warehouseId }, {
      extra, action: password ? 'update+password' : 'update', auditNote: password ? { password: '(changed)' } : undefined,
    });
    // Access follows the account at once: deactivation or a new password ends its sessions.
    if (!after.active || password) await sessions.revokeUser(trx, id);
    return after;
  });
  // After commit: evicting earlier would let a request in between re-cache the old role.
  forgetUser(id);
  return after;
}
