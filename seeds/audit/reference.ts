/**
 * How the installation was set up, as audited: the first admin account (made from the command
 * line, so by nobody), then that admin creating the warehouses, categories, violation types, the
 * other staff accounts and each version of the penalty policy. Read back from the database, as
 * the server reads a record it has just written.
 */
import type { Knex } from 'knex';
import type { AuditEntry } from '../../server/audit/audit';
import { categoryShape } from '../../server/categories/resource';
import { toRecords, selectColumns, type JsonRecord, type RecordShape } from '../../server/http/shape';
import { policyShape } from '../../server/penalty-policies/schema';
import { userShape } from '../../server/users/schema';
import { violationTypeShape } from '../../server/violation-types/resource';
import { warehouseShape } from '../../server/warehouses/resource';
import { entry, type Change } from './change';

const recordsOf = async (knex: Knex, shape: RecordShape) =>
  toRecords(knex, shape, await knex(shape.table).select(selectColumns(shape)).orderBy(`${shape.table}.id`));

const created = (record: JsonRecord, shape: RecordShape, actorId: number | null, before: JsonRecord | null = null): Change => {
  const e: AuditEntry = entry(actorId, 'create', shape.name, record.id as number, before, record);
  return { at: record.createdAt as string, entries: () => [e] };
};

export async function referenceChanges(knex: Knex): Promise<Change[]> {
  const users = await recordsOf(knex, userShape);
  const admin = users.find((u) => u.role === 'admin');
  if (!admin) throw new Error('seedDemo: the admin account is missing (run seedReference first)');
  const byAdmin = async (shape: RecordShape) => (await recordsOf(knex, shape)).map((r) => created(r, shape, admin.id as number));
  const changes = [
    created(admin, userShape, null),
    ...(await byAdmin(warehouseShape)),
    ...(await byAdmin(categoryShape)),
    ...(await byAdmin(violationTypeShape)),
    ...users.filter((u) => u !== admin).map((u) => created(u, userShape, admin.id as number)),
  ];
  // Each policy version is audited against the one it replaced.
  const policies = await recordsOf(knex, policyShape);
  for (const [i, p] of policies.entries()) changes.push(created(p, policyShape, p.createdById as number | null, policies[i - 1] ?? null));
  return changes;
}
