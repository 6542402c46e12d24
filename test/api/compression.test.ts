/** Responses travel compressed to clients that accept it: the API, the SPA's assets and index.html. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createLogger } from '../../server/logger';
import { listUrl } from '../support/testApp';
import { setup, type Ctx } from './helpers';

let c: Ctx;
let spaDir: string;
beforeAll(async () => {
  c = await setup();
  // A stand-in build: an index.html and a hashed bundle, both large enough to be worth compressing.
  spaDir = mkdtempSync(join(tmpdir(), 'trustdesk-spa-'));
  mkdirSync(join(spaDir, 'assets'));
  writeFileSync(
    join(spaDir, 'index.html'),
    `<!doctype html><html><head><title>Trustdesk</title></head><body>${'<div id="root"></div>\n'.repeat(200)}</body></html>`,
  );
  writeFileSync(
    join(spaDir, 'assets', 'index-3f9a1c2e.js'),
    `export const rows = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ i, label: `row ${i}` })))};\n`,
  );
});
afterAll(async () => {
  rmSync(spaDir, { recursive: true, force: true });
  await c.close();
});

const spa = () => request(createApp({ db: c.db, sessionSecret: 'test-secret', log: createLogger('silent'), spaDir }));

describe('compression', () => {
  it('compresses a JSON list for a client that accepts gzip; the body reads the same', async () => {
    const url = listUrl('cases', { range: [0, 49] });
    const gzipped = await (await c.as('reviewer')).get(url).set('Accept-Encoding', 'gzip');
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzipped.headers['cache-control']).toBe('no-store');
    const plain = await (await c.as('reviewer')).get(url).set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.body).toHaveLength(50);
    expect(gzipped.body).toEqual(plain.body);
  });

  it('compresses a CSV export as it streams', async () => {
    const res = await (await c.as('manager')).get('/api/cases?format=csv').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text.split('\r\n').filter(Boolean)).toHaveLength(1 + 300);
  });

  it('leaves a tiny answer plain', async () => {
    const res = await request(c.app).get('/api/health').set('Accept-Encoding', 'gzip');
    expect(res.body).toEqual({ ok: true });
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses a hashed asset, which keeps its long cache', async () => {
    const res = await spa().get('/assets/index-3f9a1c2e.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(res.text).toContain('row 499');
  });

  it('compresses index.html, on its own path and on a client-side route, never cached', async () => {
    for (const path of ['/', '/cases/12/show']) {
      const res = await spa().get(path).set('Accept-Encoding', 'gzip');
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.text, path).toContain('<title>Trustdesk</title>');
    }
  });

  it('prefers brotli when the browser offers it', async () => {
    const res = await spa().get('/assets/index-3f9a1c2e.js').set('Accept-Encoding', 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
  });
});
