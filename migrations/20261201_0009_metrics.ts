import type { Knex } from 'knex';

/**
 * Metric roll-ups (SPEC §5, server/metrics/rollups.ts): per group and UTC day, the counts and
 * duration histograms the metrics endpoints add up, so a request reads a few rows per day instead
 * of scanning inspections and cases. Days are `YYYY-MM-DD` text on both databases; histograms are
 * JSON arrays of HISTOGRAM_BINS counts (domain/metrics.ts), null when empty. Each row is
 * recomputed from the raw rows in the transaction of every write that changes it.
 */
export async function up(knex: Knex): Promise<void> {
  const day = (t: Knex.CreateTableBuilder) => t.string('day', 10).notNullable();
  const count = (t: Knex.CreateTableBuilder, ...names: string[]) => {
    for (const name of names) t.integer(name).notNullable().defaultTo(0);
  };

  await knex.schema.createTable('metric_warehouse_days', (t) => {
    t.integer('warehouse_id').notNullable();
    day(t);
    count(t, 'received', 'inspected', 'failed', 'settled'); // settled: decided parcels that had been received
    // Sums of receivedAt (hours since 1970) of parcels received / decided that day: the mean age of work in progress.
    t.double('received_hours').notNullable().defaultTo(0);
    t.double('settled_hours').notNullable().defaultTo(0);
    t.text('turnaround_hist');
    t.primary(['warehouse_id', 'day']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_failure_reasons', (t) => {
    t.integer('warehouse_id').notNullable();
    day(t);
    t.string('failure_reason', 64).notNullable();
    count(t, 'failed');
    t.primary(['warehouse_id', 'day', 'failure_reason']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_material_pairs', (t) => {
    t.integer('warehouse_id').notNullable();
    day(t);
    t.string('declared_material', 40).notNullable();
    t.string('measured_material', 40).notNullable();
    count(t, 'inspected', 'failed');
    t.primary(['warehouse_id', 'day', 'declared_material', 'measured_material']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_category_days', (t) => {
    t.integer('category_id').notNullable();
    day(t);
    count(t, 'opened', 'resolved', 'due', 'due_met', 'appeals_filed', 'appeals_decided', 'appeals_overturned');
    t.text('resolution_hist');
    t.primary(['category_id', 'day']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_violation_types', (t) => {
    t.integer('category_id').notNullable();
    day(t);
    t.integer('violation_type_id').notNullable();
    count(t, 'opened');
    t.primary(['category_id', 'day', 'violation_type_id']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_reviewer_days', (t) => {
    t.integer('category_id').notNullable();
    day(t);
    t.integer('reviewer_id').notNullable();
    count(t, 'handled');
    t.text('handling_hist');
    t.primary(['category_id', 'day', 'reviewer_id']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_penalty_days', (t) => {
    t.integer('category_id').notNullable();
    day(t);
    t.string('type', 32).notNullable();
    count(t, 'issued', 'noticed');
    t.text('to_penalty_hist'); // first cited case opened → penalty took effect
    t.text('to_notice_hist'); // penalty took effect → first published notice listing it
    t.primary(['category_id', 'day', 'type']);
    t.index(['day']);
  });

  await knex.schema.createTable('metric_penalized_merchants', (t) => {
    t.integer('merchant_id').primary();
    t.integer('category_id').notNullable();
    t.string('last_penalty_day', 10).notNullable();
    t.string('last_ban_day', 10);
    t.index(['last_penalty_day']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'metric_penalized_merchants',
    'metric_penalty_days',
    'metric_reviewer_days',
    'metric_violation_types',
    'metric_category_days',
    'metric_material_pairs',
    'metric_failure_reasons',
    'metric_warehouse_days',
  ])
    await knex.schema.dropTableIfExists(table);
}
