/**
 * An audit log that cannot be rewritten unseen (issue 10, item 4): the chain is keyed (HMAC) by a
 * key outside the database, and its head is checkpointed outside the database. An attacker with
 * the database alone can delete or edit entries and recompute every hash they like; each of these
 * shows, as a broken chain or as a log that no longer reaches its checkpoint.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chainFieldsOf, chainHash, GENESIS_HASH, verifyChain, type ChainFields } from '../../server/audit/chain';
import { checkAndAdvance, readCheckpoint } from '../../server/audit/checkpoint';
import { TEST_AUDIT_KEY } from '../support/audit-key';
import { newCase, setup, type Ctx } from './helpers';

let c: Ctx;
let dir: string;
let file: string;
beforeAll(async () => {
  c = await setup();
  dir = mkdtempSync(join(tmpdir(), 'trustdesk-checkpoint-'));
  for (let i = 0; i < 60; i++) await newCase(c, i % 2 ? 'manager' : 'reviewer');
});
afterAll(async () => {
  await c.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
beforeEach(() => {
  file = join(dir, `checkpoint-${++n}.json`);
});

/** A snapshot of the log, put back after a test has tampered with it. */
async function withLogRestored(tamper: () => Promise<void>) {
  const rows = await c.db.knex('auditLog').orderBy('id').select();
  try {
    await tamper();
  } finally {
    await c.db.knex('auditLog').delete();
    for (let i = 0; i < rows.length; i += 200) await c.db.knex('auditLog').insert(rows.slice(i, i + 200));
  }
  expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();
}

/** Rewrites every entry from `fromId` on with `link` (what an attacker without the key can compute). */
async function recompute(fromId: number, link: (prev: string, f: ChainFields) => string) {
  const rows = await c.db.knex('auditLog').orderBy('id').select();
  let prev = GENESIS_HASH;
  for (const r of rows) {
    if (r.id >= fromId) {
      const hash = link(prev, chainFieldsOf(r));
      await c.db.knex('auditLog').where({ id: r.id }).update({ prevHash: prev, hash });
      prev = hash;
    } else prev = r.hash;
  }
}

describe('the keyed chain', () => {
  it('is an HMAC under the audit key: the same entry under another key, or unkeyed, is another hash', async () => {
    const r = await c.db.knex('auditLog').orderBy('id', 'desc').first();
    const f = chainFieldsOf(r);
    expect(chainHash(r.prevHash, f)).toBe(r.hash);
    expect(chainHash(r.prevHash, f, TEST_AUDIT_KEY)).toBe(r.hash);
    expect(chainHash(r.prevHash, f, `${TEST_AUDIT_KEY}-other`)).not.toBe(r.hash);
  });

  it('an entry edited and every later hash recomputed without the key (plain SHA-256) → broken at that entry', async () => {
    const rows = await c.db.knex('auditLog').orderBy('id').select('id');
    const victim = rows[Math.floor(rows.length / 2)].id;
    await withLogRestored(async () => {
      await c.db
        .knex('auditLog')
        .where({ id: victim })
        .update({ changes: JSON.stringify({ before: null, after: { forged: true } }) });
      await recompute(victim, (prev, f) =>
        createHash('sha256')
          .update(JSON.stringify([prev, f.at, f.actorId, f.action, f.resource, f.resourceId, f.changes, f.ip]))
          .digest('hex'),
      );
      const result = await verifyChain(c.db.knex);
      expect(result).toMatchObject({ brokenAt: victim, reason: expect.stringMatching(/unkeyed/) });
    });
  });

  it('… or recomputed with a guessed key → broken at that entry', async () => {
    const rows = await c.db.knex('auditLog').orderBy('id').select('id');
    const victim = rows[rows.length - 5].id;
    await withLogRestored(async () => {
      await c.db.knex('auditLog').where({ id: victim }).update({ actorId: null });
      await recompute(victim, (prev, f) => chainHash(prev, f, 'a-guessed-key-of-sufficient-length'));
      expect(await verifyChain(c.db.knex)).toMatchObject({ brokenAt: victim });
    });
  });
});

describe('the checkpoint', () => {
  it('records the verified head, signed; verification from it checks only what came after', async () => {
    const first = await checkAndAdvance(c.db.knex, file, { full: true });
    const head = await c.db.knex('auditLog').orderBy('id', 'desc').first('id', 'hash');
    expect(first.chain.brokenAt).toBeNull();
    expect(first.advanced).toMatchObject({ id: head.id, hash: head.hash });
    expect(readCheckpoint(file)).toEqual(first.advanced);

    await newCase(c);
    const next = await checkAndAdvance(c.db.knex, file);
    expect(next.chain).toMatchObject({ brokenAt: null, checked: 1 }); // the one entry the create wrote
    expect(next.advanced!.id).toBeGreaterThan(head.id);
  });

  it('the newest 50 entries deleted → the log no longer reaches its checkpoint; the checkpoint stays put', async () => {
    await checkAndAdvance(c.db.knex, file, { full: true });
    const cp = readCheckpoint(file)!;
    await withLogRestored(async () => {
      const newest = await c.db.knex('auditLog').orderBy('id', 'desc').limit(50).pluck('id');
      await c.db.knex('auditLog').whereIn('id', newest).delete();
      // The rest of the chain is intact: only the checkpoint shows the truncation.
      expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();
      for (const full of [true, false]) {
        const status = await checkAndAdvance(c.db.knex, file, { full });
        expect(status.chain).toMatchObject({ brokenAt: cp.id, reason: expect.stringMatching(/missing.*truncated/) });
        expect(status.advanced).toBeUndefined();
      }
      // New entries appended after the truncation link up fine, but never move the checkpoint.
      await newCase(c);
      expect((await checkAndAdvance(c.db.knex, file)).chain.brokenAt).toBe(cp.id);
      expect(readCheckpoint(file)).toEqual(cp);
    });
  });

  it('an edited entry with its own and all later hashes recomputed by someone with the key is still caught at the checkpoint', async () => {
    // The strongest attacker short of the checkpoint: they know the key. The checkpoint kept elsewhere still shows the rewrite.
    await checkAndAdvance(c.db.knex, file, { full: true });
    const cp = readCheckpoint(file)!;
    const rows = await c.db.knex('auditLog').orderBy('id').select('id');
    await withLogRestored(async () => {
      await c.db.knex('auditLog').where({ id: rows[3].id }).update({ ip: '203.0.113.9' });
      await recompute(rows[3].id, (prev, f) => chainHash(prev, f));
      expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();
      expect((await checkAndAdvance(c.db.knex, file, { full: true })).chain).toMatchObject({ brokenAt: cp.id, reason: expect.stringMatching(/rewritten/) });
    });
  });

  it('a checkpoint edited by hand, or signed with another key, is refused', async () => {
    await checkAndAdvance(c.db.knex, file, { full: true });
    const cp = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...cp, id: cp.id - 50 }));
    expect(() => readCheckpoint(file)).toThrow(/not signed with this audit key/);
    writeFileSync(file, JSON.stringify(cp));
    expect(() => readCheckpoint(file, 'another-key-another-key')).toThrow(/not signed/);
    writeFileSync(file, '{ not json');
    expect(() => readCheckpoint(file)).toThrow(/not valid JSON/);
  });
});
