/** Writes first on SQLite (server/db/write-priority.ts): reads wait for writes in progress, never too long. */
import { describe, expect, it } from 'vitest';
import { WritePriority } from '../../server/db/write-priority';

const settled = async (p: Promise<void> | undefined) => {
  let done = p === undefined;
  void p?.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 5));
  return done;
};

describe('WritePriority', () => {
  it('a read starts at once when no write is going on', async () => {
    expect(new WritePriority(1000).readTurn()).toBeUndefined();
  });

  it('a read waits until every write in progress has ended', async () => {
    const p = new WritePriority(1000);
    const endA = p.begin();
    const endB = p.begin();
    const read = p.readTurn();
    expect(await settled(read)).toBe(false);
    endA();
    endA(); // ending twice counts once
    expect(await settled(read)).toBe(false);
    endB();
    expect(await settled(read)).toBe(true);
    expect(p.readTurn()).toBeUndefined();
  });

  it('a read never waits longer than the limit, however many writes follow', async () => {
    const p = new WritePriority(30);
    p.begin();
    const t0 = performance.now();
    await p.readTurn();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(25);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
