/**
 * The periodic jobs of a server process. Every process runs the scheduler; a job runs where its
 * database lease is held (./leases.ts), so it never runs in two processes at once and keeps
 * running somewhere when a process stops. The lease outlives a run (a few periods), making its
 * holder the job's runner until it stops or stalls; jobs are written to be safe if a stalled
 * holder and its successor ever overlap (compare-and-set writes).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Database } from '../db';
import { acquireLease, releaseLease } from './leases';

export interface Job {
  /** The lease name; one runner per name across processes. */
  name: string;
  everyMs: number;
  run(db: Database, now: Date, log: Logger): Promise<void>;
}

/** This process, as lease holders are named. */
export const processHolder = (): string => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

const leaseTtl = (job: Job) => Math.max(3 * job.everyMs, 30_000);

/** One run of `job` if this holder gets its lease; true when it ran. */
export async function runJobOnce(db: Database, job: Job, holder: string, log: Logger, now = new Date()): Promise<boolean> {
  if (!(await acquireLease(db.knex, job.name, holder, leaseTtl(job), now))) return false;
  await job.run(db, now, log);
  return true;
}

/** Starts every job on its own timer (first run now); returns a stop function that gives the leases up. */
export function startScheduler(db: Database, log: Logger, jobs: Job[], holder = processHolder()): () => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const tick = (job: Job) => {
    if (running.has(job.name)) return; // the previous run is still going
    const run = runJobOnce(db, job, holder, log)
      .then(
        () => undefined,
        (err: unknown) => log.error({ err, job: job.name }, 'job failed'),
      )
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };
  const timers = jobs.map((job) => {
    const timer = setInterval(() => tick(job), job.everyMs);
    timer.unref();
    tick(job);
    return timer;
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.all(running.values());
    await Promise.all(jobs.map((job) => releaseLease(db.knex, job.name, holder).catch(() => undefined)));
  };
}
