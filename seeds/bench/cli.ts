/**
 * npm run seed:bench -- --cases 200000 --inspections 1000000 [--db <file | postgres://…>]
 *                       [--from-json <the anchor benchmark's data/db.json>] [--reset]
 * Builds the benchmark dataset (./index.ts). The default database is data/bench/trustdesk-bench.sqlite,
 * the one `npm run bench` serves; a SQLite file is rebuilt from nothing, a PostgreSQL database
 * must be empty (or `--reset`: its current schema is dropped first).
 */
import { parseArgs } from 'node:util';
import { setAuditKey } from '../../server/audit/chain';
import { seedBench } from './index';

export const DEFAULT_BENCH_DB = 'data/bench/trustdesk-bench.sqlite';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200000' },
    inspections: { type: 'string', default: '1000000' },
    db: { type: 'string', default: DEFAULT_BENCH_DB },
    'from-json': { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
});
const count = (name: 'cases' | 'inspections') => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};

// The dataset writes no audit entries, but the reference seeding shares code that may: a fixed bench key.
setAuditKey(process.env.AUDIT_KEY ?? 'trustdesk-bench-audit-key');
const t0 = performance.now();
const where = values.db.replace(/:[^:@/]+@/, ':***@');
console.log(`seed:bench: ${values.cases} cases${values['from-json'] ? ` from ${values['from-json']}` : ''}, ${values.inspections} inspections into ${where}`);
seedBench({
  db: values.db,
  cases: count('cases'),
  inspections: count('inspections'),
  fromJson: values['from-json'],
  reset: values.reset,
  log: (line) => console.log(line),
}).then(
  (r) => {
    console.log(
      `seed:bench: ${r.merchants} merchants, ${r.cases} cases, ${r.orders} orders, ${r.inspections} inspections in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    process.exit(0);
  },
  (err) => {
    console.error(`seed:bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
