/** Every seeded demo account is listed where people look for it: the README and the `npm start` banner. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase, migrateLatest } from '../../server/db/index';
import { demoSignInLines } from '../../server/demo-accounts';
import { STAFF } from '../../seeds/content/reference';
import { seedReference } from '../../seeds/index';

const seeded = STAFF.map((s) => s.email);

describe('demo accounts', () => {
  it("the README's account table lists exactly the seeded accounts, each with its role", () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| account'), readme.indexOf('\n\n', readme.indexOf('| account')));
    const rows = table.split('\n').slice(2);
    expect(rows.map((r) => r.match(/`([^`]+)`/)?.[1])).toEqual(seeded);
    for (const [i, s] of STAFF.entries()) expect(rows[i], s.email).toContain(`| ${s.role}`);
  });

  it('the start banner lists every seeded account with its role, and an inspector with the warehouse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trustdesk-accounts-'));
    const db = createDatabase({ url: join(dir, 'test.sqlite') });
    try {
      await migrateLatest(db);
      expect(await demoSignInLines(db.knex)).toEqual([]);
      await seedReference(db.knex);
      const [heading, ...lines] = await demoSignInLines(db.knex);
      expect(heading).toContain('trustdesk-demo');
      expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(seeded);
      expect(lines.find((l) => l.includes('inspector.panyu@'))).toMatch(/inspector, Panyu inspection warehouse$/);
      await db.knex('users').where({ email: 'reviewer6@example.com' }).update({ email: 'li.real@corp.example' });
      expect((await demoSignInLines(db.knex)).join('\n')).not.toContain('reviewer6');
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
