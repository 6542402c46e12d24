import type { Knex } from 'knex';

/**
 * Inspection warehouses at work (SPEC §4): orders routed to a warehouse, one inspection per order
 * with its append-only event log (the buyer's message and the staff's note kept apart) and its
 * photos. A failed verdict opens a case exactly once: the service checks, and a unique index on
 * cases.inspection_id makes a second one impossible even for verdicts racing in parallel.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('orders', (t) => {
    t.string('id', 64).primary(); // the platform's order number, not generated here
    t.integer('merchant_id').notNullable().references('merchants.id');
    t.integer('category_id').notNullable().references('categories.id');
    t.string('product_title', 200).notNullable();
    t.string('declared_material', 40).notNullable();
    t.decimal('declared_weight_grams', 12, 3).notNullable();
    t.bigInteger('price_cents').notNullable();
    t.timestamp('placed_at', { useTz: true }).notNullable();
    t.integer('warehouse_id').notNullable().references('warehouses.id');
    t.string('tracking_code', 16).notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['merchant_id', 'placed_at']);
    t.index(['warehouse_id', 'placed_at']);
    t.index(['placed_at']);
  });

  await knex.schema.createTable('inspections', (t) => {
    t.increments('id');
    t.string('order_id', 64).notNullable().unique().references('orders.id');
    t.integer('warehouse_id').notNullable().references('warehouses.id');
    t.integer('merchant_id').notNullable().references('merchants.id');
    t.enu('status', ['awaiting_arrival', 'received', 'inspecting', 'passed', 'failed', 'shipped', 'returned']).notNullable();
    t.enu('result', ['passed', 'failed']);
    t.timestamp('received_at', { useTz: true });
    t.timestamp('started_at', { useTz: true });
    t.timestamp('verdict_at', { useTz: true });
    t.string('measured_material', 40);
    t.decimal('measured_weight_grams', 12, 3);
    t.string('failure_reason', 64); // a violation type code
    t.string('certificate_no', 64);
    t.integer('inspector_id').references('users.id');
    t.string('notes', 4000); // internal: never on the buyer's page
    t.timestamp('shipped_at', { useTz: true });
    t.string('seal_no', 64);
    t.timestamp('returned_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    // The queues (a warehouse's or everyone's, by status; lists sort by id, which every index ends
    // with), the metrics (by warehouse and day of arrival or verdict), a merchant's record.
    t.index(['warehouse_id', 'status']);
    t.index(['status']);
    t.index(['warehouse_id', 'verdict_at']);
    t.index(['warehouse_id', 'received_at']);
    t.index(['merchant_id', 'verdict_at']);
    t.index(['verdict_at']);
  });

  await knex.schema.createTable('inspection_events', (t) => {
    t.increments('id');
    t.integer('inspection_id').notNullable().references('inspections.id');
    t.integer('actor_id').references('users.id'); // null: the system
    t.timestamp('at', { useTz: true }).notNullable();
    t.string('kind', 32).notNullable();
    t.string('from', 32);
    t.string('to', 32).notNullable();
    t.string('public_message', 500); // shown to the buyer
    t.string('internal_note', 4000); // staff only
    t.text('data');
    t.index(['inspection_id', 'at']);
  });

  await knex.schema.createTable('inspection_photos', (t) => {
    t.increments('id');
    t.integer('inspection_id').notNullable().references('inspections.id');
    t.string('kind', 32).notNullable();
    t.string('content_type', 64).notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.string('storage_key', 200).notNullable().unique(); // the file under the uploads folder
    t.string('caption', 500);
    t.integer('uploaded_by_id').references('users.id');
    t.timestamp('uploaded_at', { useTz: true }).notNullable();
    t.index(['inspection_id']);
  });

  // Partial unique indexes, the same SQL on both databases: one case per inspection, and a
  // certificate or seal number is never recorded twice.
  await knex.raw('CREATE UNIQUE INDEX cases_inspection_id_unique ON cases (inspection_id) WHERE inspection_id IS NOT NULL');
  await knex.raw('CREATE UNIQUE INDEX inspections_certificate_no_unique ON inspections (certificate_no) WHERE certificate_no IS NOT NULL');
  await knex.raw('CREATE UNIQUE INDEX inspections_seal_no_unique ON inspections (seal_no) WHERE seal_no IS NOT NULL');
  await knex.schema.alterTable('cases', (t) => t.index(['order_id']));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => t.dropIndex(['order_id']));
  await knex.raw('DROP INDEX IF EXISTS cases_inspection_id_unique');
  for (const table of ['inspection_photos', 'inspection_events', 'inspections', 'orders']) await knex.schema.dropTableIfExists(table);
}
