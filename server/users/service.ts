import { warehouseFor } from '../../domain/staff';
import { hashPassword } from '../auth/password';
import { forgetUser, type SessionStore } from '../auth/sessions';
import type { TxContext } from '../http/context';
import { insertRecord, updateVersioned, type Writer } from '../http/crud';
import { badRequest, conflict, fieldError, noSuch } from '../http/errors';
import type { JsonRecord } from '../http/shape';
import { userShape, type CreateUserInput, type updateUserSchema } from './schema';
import type { z } from 'zod';

async function assertEmailFree(w: Writer, email: string, exceptId?: number) {
  const taken = await w
    .trx('users')
    .where({ email })
    .modify((q) => exceptId && q.whereNot({ id: exceptId }))
    .first('id');
  if (taken) throw conflict('users.email_taken', { email }, { email: fieldError('field.taken') });
}

async function mustHaveWarehouse(w: Writer, warehouseId: number | null) {
  if (warehouseId != null && !(await w.trx('warehouses').where({ id: warehouseId }).first('id'))) {
    throw badRequest('no_such', { what: 'warehouse', id: warehouseId }, { warehouseId: noSuch('warehouse') });
  }
}

/** Also used by `npm run user:create` (no actor: the command line). */
export async function insertUser(w: Writer, input: CreateUserInput): Promise<JsonRecord> {
  await assertEmailFree(w, input.email);
  const warehouseId = warehouseFor(input.role, input.warehouseId);
  await mustHaveWarehouse(w, warehouseId);
  const { password, ...rest } = input;
  return insertRecord(w, userShape, { ...rest, warehouseId, active: rest.active ?? true }, { extra: { passwordHash: await hashPassword(password) } });
}

export const createUser = (tx: TxContext, input: CreateUserInput) => insertUser(tx, input);

export async function updateUser(tx: TxContext, id: number, body: z.infer<typeof updateUserSchema>, sessions: SessionStore) {
  const { version, password, ...changes } = body;
  if (id === tx.actor.id && (!changes.active || changes.role !== tx.actor.role)) {
    throw badRequest('users.not_yourself', {}, { [changes.active ? 'role' : 'active']: fieldError('users.not_yourself') });
  }
  await assertEmailFree(tx, changes.email, id);
  const warehouseId = warehouseFor(changes.role, changes.warehouseId);
  await mustHaveWarehouse(tx, warehouseId);
  const extra = password ? { passwordHash: await hashPassword(password) } : {};
  const { after } = await updateVersioned(
    tx,
    userShape,
    id,
    version,
    { ...changes, warehouseId },
    {
      extra,
      action: password ? 'update+password' : 'update',
      auditNote: password ? { password: '(changed)' } : undefined,
    },
  );
  // Access follows the account at once: deactivation or a new password ends its sessions.
  if (!after.active || password) await sessions.revokeUser(tx.trx, id);
  // After commit: evicting earlier would let a request in between re-cache the old role.
  tx.afterCommit(() => forgetUser(id));
  return after;
}
