import type { Logger } from 'pino';
import type { Database } from '../db';
import { checkAndAdvance } from './checkpoint';

export interface CheckpointJob {
  /** Stops the timer, waits for a running check, then checkpoints the head one last time. */
  stop(): Promise<void>;
}

/**
 * While the server runs: verify the whole chain once at start-up, then every `everyMs` verify what
 * was appended since the checkpoint and move the checkpoint to the new head. Entries appended in
 * the last interval are the only ones not yet anchored outside the database. A broken chain is
 * logged (once per break) and the checkpoint stays where it was, as the evidence.
 */
export function startCheckpointJob(db: Database, file: string, log: Logger, everyMs = 1000): CheckpointJob {
  let running: Promise<void> | null = null;
  let reported = '';
  let first = true;
  const check = async () => {
    try {
      const full = first;
      const { chain, advanced } = await checkAndAdvance(db.reader, file, { full });
      first = false;
      if (chain.brokenAt != null) {
        const problem = `${chain.brokenAt}: ${chain.reason}`;
        if (problem !== reported)
          log.error({ brokenAt: chain.brokenAt, reason: chain.reason, checkpoint: file }, 'AUDIT LOG TAMPERING: the audit chain is broken');
        reported = problem;
      } else if (full) {
        log.info({ entries: chain.checked, head: chain.head?.id ?? null, checkpoint: advanced?.id ?? null }, 'audit chain verified');
      }
    } catch (err) {
      log.error({ err, checkpoint: file }, 'audit checkpoint failed');
    }
  };
  // One check at a time: a slow one (a long log at start-up) is not stacked up behind.
  const tick = () => {
    running ??= check().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  void tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await tick();
    },
  };
}
