/**
 * Reference data: categories, violation types, warehouses, the demo staff accounts and the
 * penalty policy versions. Expects a freshly migrated, empty database.
 */
import type { Knex } from 'knex';
import { DEMO_PASSWORD, hashPassword } from '../server/auth/password';
import { addHours } from '../server/db/time';
import { CATEGORIES, STAFF, VIOLATION_TYPES, WAREHOUSES } from './content/reference';
import { seedPolicies } from './policy';

/** Reference data predates the ~6 months of demo cases. */
const REFERENCE_AGE_HOURS = 400 * 24;

export async function seedReference(knex: Knex, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  const createdAt = addHours(now, -REFERENCE_AGE_HOURS);
  const stamps = { created_at: createdAt, updated_at: createdAt };
  // scrypt is deliberately slow: hash once and share the string across every demo account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await knex.transaction(async (trx) => {
    for (const root of CATEGORIES) {
      const [{ id: parentId }] = await trx('categories')
        .insert({ code: root.code, name: root.name, name_zh: root.nameZh, parent_id: null, ...stamps })
        .returning('id');
      const children = (root.children ?? []).map((c) => ({
        code: c.code,
        name: c.name,
        name_zh: c.nameZh,
        parent_id: parentId,
        ...stamps,
      }));
      if (children.length) await trx('categories').insert(children);
    }

    await trx('violation_types').insert(
      VIOLATION_TYPES.map((v) => ({
        code: v.code,
        name: v.name,
        name_zh: v.nameZh,
        severity: v.severity,
        ...stamps,
      })),
    );

    await trx('warehouses').insert(
      WAREHOUSES.map((w) => ({
        code: w.code,
        name: w.name,
        name_zh: w.nameZh,
        city: w.city,
        agency: w.agency,
        daily_capacity: w.dailyCapacity,
        active: true,
        ...stamps,
      })),
    );

    const warehouseIds = new Map<string, number>((await trx('warehouses').select('id', 'code')).map((w: { id: number; code: string }) => [w.code, w.id]));
    await trx('users').insert(
      STAFF.map((s) => ({
        email: s.email,
        name: s.name,
        role: s.role,
        active: true,
        password_hash: passwordHash,
        warehouse_id: s.warehouseCode ? (warehouseIds.get(s.warehouseCode) ?? null) : null,
        ...stamps,
      })),
    );

    const admin = await trx('users').where({ email: 'admin@example.com' }).first('id');
    await seedPolicies(trx, { createdById: admin?.id ?? null, createdAt, now });
  });
}
