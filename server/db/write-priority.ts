/**
 * Writes first, on SQLite. A write holds the single writer connection for several round trips
 * through the event loop; reads running meanwhile fill the loop and the worker threads in between,
 * so under load each write takes many times longer and the writes queue up behind each other (20
 * clients, one in five creating cases: a create took 300 ms to 1 s, a read 10–70 ms). So while a
 * write is running or waiting for the writer, a read that arrives waits until no write is left —
 * at most `maxWaitMs`, so that a steady stream of writes never starves reads.
 */
export class WritePriority {
  private writes = 0;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly maxWaitMs: number) {}

  /** A write begins (or starts waiting for the writer); the answer ends it, once. */
  begin(): () => void {
    this.writes++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.writes--;
      if (this.writes === 0) for (const start of [...this.waiting]) start();
    };
  }

  /** Resolves when a read may start: at once when no write is running or waiting. */
  readTurn(): Promise<void> | undefined {
    if (this.writes === 0) return undefined;
    return new Promise((resolve) => {
      const start = () => {
        clearTimeout(timer);
        this.waiting.delete(start);
        resolve();
      };
      const timer = setTimeout(start, this.maxWaitMs);
      this.waiting.add(start);
    });
  }
}
