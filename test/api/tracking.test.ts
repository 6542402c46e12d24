/**
 * Buyer tracking without a login (SPEC §4): `/public/track/<code>` (JSON) and `/track/<code>`
 * (HTML, zh/en) show milestones with times and the warehouse, the certificate once passed and the
 * seal once shipped — and nothing internal: no notes, no inspector, no measurements or reasons.
 * Unknown codes are a 404; an address that keeps guessing is stopped.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_MILESTONE_FIELDS } from '../../domain/tracking';
import { startTestApp, type TestApp } from '../support/testApp';
import { expectError, ISO, setup, type Ctx } from './helpers';
import { failBody, move, ok, parcelIn, passBody } from './inspection-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const INTERNAL = 'INTERNAL-ONLY xrf reading 75.1';
const json = (code: string, lang = 'en') => request(c.app).get(`/public/track/${code}?lang=${lang}`);
const html = (code: string, lang = 'en') => request(c.app).get(`/track/${code}?lang=${lang}`);

let seals = 77_000_000;
/** A parcel taken all the way with notes on every move, public and internal. */
async function shippedWithNotes() {
  const p = await parcelIn(c, 'inspecting');
  const id = p.inspection.id;
  const passed = ok(await move(c, 'inspector', id, 'verdict', passBody({ publicNote: 'Certificate enclosed', internalNote: INTERNAL })));
  const sealNo = `TSPY${++seals}`;
  ok(await move(c, 'inspector', id, 'ship', { sealNo, publicNote: 'SF Express', internalNote: INTERNAL }));
  return { ...p, certificateNo: passed.certificateNo as string, sealNo };
}

describe('the JSON', () => {
  it('carries milestones, the warehouse, the certificate and seal, and only the whitelisted fields', async () => {
    const { order, certificateNo, sealNo } = await shippedWithNotes();
    const body = ok(await json(order.trackingCode));
    expect(Object.keys(body).sort()).toEqual(
      [
        'certificateNo',
        'declaredMaterial',
        'declaredMaterialName',
        'declaredWeightGrams',
        'label',
        'milestones',
        'productTitle',
        'result',
        'sealNo',
        'status',
        'trackingCode',
        'warehouse',
      ].sort(),
    );
    expect(body).toMatchObject({ status: 'shipped', result: 'passed', certificateNo, sealNo, declaredMaterial: 'Au999', declaredMaterialName: 'Au999 gold' });
    expect(body.warehouse).toEqual({
      code: 'PY',
      name: 'Panyu inspection warehouse',
      city: 'Guangzhou 广州·番禺',
      agency: 'Guangdong Provincial Gold & Jewelry Quality Supervision and Inspection Station',
    });
    expect(body.milestones.map((m: { status: string }) => m.status)).toEqual(['awaiting_arrival', 'received', 'inspecting', 'passed', 'shipped']);
    for (const m of body.milestones) {
      expect(Object.keys(m).sort()).toEqual([...PUBLIC_MILESTONE_FIELDS].sort());
      expect(m.at).toMatch(ISO);
    }
    expect(body.milestones[3].note).toBe('Certificate enclosed');
    expect(body.milestones[4].note).toBe('SF Express');
  });

  it('never shows internal notes, the inspector, measurements, failure reasons or any id', async () => {
    const shipped = await shippedWithNotes();
    const failed = await parcelIn(c, 'inspecting');
    ok(await move(c, 'inspector', failed.inspection.id, 'verdict', failBody({ internalNote: INTERNAL, publicNote: 'Not as described; refund on its way' })));
    ok(await move(c, 'inspector', failed.inspection.id, 'return', { internalNote: INTERNAL }));
    const inspector = await c.db.knex('users').where({ id: c.ref.user.inspector }).first('name', 'email');
    for (const p of [shipped, failed]) {
      for (const res of [
        await json(p.order.trackingCode),
        await json(p.order.trackingCode, 'zh'),
        await html(p.order.trackingCode),
        await html(p.order.trackingCode, 'zh'),
      ]) {
        expect(res.status).toBe(200);
        for (const secret of [
          INTERNAL,
          inspector.name,
          inspector.email,
          'inspectorId',
          'internalNote',
          'notes',
          'measured',
          'failureReason',
          'material_fraud',
          'Au750',
          'merchantId',
          p.order.id,
        ]) {
          expect(res.text, secret).not.toContain(secret);
        }
      }
    }
    const body = ok(await json(failed.order.trackingCode));
    expect(body).toMatchObject({ status: 'returned', result: 'failed', certificateNo: null, sealNo: null });
    expect(body.milestones.at(-2)).toMatchObject({ status: 'failed', note: 'Not as described; refund on its way' });
  });

  it('before a verdict: no certificate; words in Chinese when asked; codes typed loosely still match', async () => {
    const { order } = await parcelIn(c, 'received');
    const body = ok(await json(order.trackingCode, 'zh'));
    expect(body).toMatchObject({
      status: 'received',
      result: null,
      certificateNo: null,
      sealNo: null,
      label: '包裹已到达质检仓',
      declaredMaterialName: '足金',
    });
    expect(body.warehouse.name).toBe('番禺质检仓');
    const typed = `${order.trackingCode.slice(0, 5).toLowerCase()}-${order.trackingCode.slice(5)}`;
    expect(ok(await json(typed)).trackingCode).toBe(order.trackingCode);
  });

  it('unknown codes are a 404 with a message; the answer is never cached', async () => {
    const res = await json('ZZZZZZZZZZ');
    expectError(res, 404);
    const known = await json((await parcelIn(c, 'awaiting_arrival')).order.trackingCode);
    expect(known.headers['cache-control']).toBe('no-store');
    expect(known.headers['x-robots-tag']).toBe('noindex');
  });
});

describe('the page', () => {
  it('is readable HTML in either language, with both numbers to check on arrival', async () => {
    const { order, certificateNo, sealNo } = await shippedWithNotes();
    const en = await html(order.trackingCode);
    expect(en.status).toBe(200);
    expect(en.headers['content-type']).toMatch(/text\/html/);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('name="viewport"');
    expect(en.text).toContain(certificateNo);
    expect(en.text).toContain(sealNo);
    expect(en.text).toContain('check that the seal is intact');
    expect(en.text).toContain(`hreflang="zh"`);
    const zh = await request(c.app).get(`/track/${order.trackingCode}`).set('Accept-Language', 'zh-CN,zh;q=0.9');
    expect(zh.text).toContain('<html lang="zh-CN">');
    expect(zh.text).toContain('防拆封条编号');
    expect(zh.text).toContain('北京时间');
  });

  it('escapes what merchants typed', async () => {
    const res = await c.a.admin.post('/api/orders').send({
      merchantId: 3391,
      productTitle: '<script>alert(1)</script> bangle',
      declaredMaterial: 'S999',
      declaredWeightGrams: 20,
      priceCents: 50_000,
      warehouseId: c.ref.warehouse.PY,
    });
    const page = await html(ok(res, 201).trackingCode);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; bangle');
  });

  it('an unknown code gets a 404 page', async () => {
    const res = await html('NOSUCHCODE', 'zh');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('未找到该查询码对应的包裹');
  });
});

describe('guessing', () => {
  let fresh: TestApp;
  beforeAll(async () => {
    fresh = await startTestApp({ merchants: 8, cases: 20 });
  });
  afterAll(() => fresh.close());

  it('only failed lookups count; past the limit every lookup from that address is a 429', async () => {
    const code = (await fresh.db.knex('orders').first('trackingCode')).trackingCode;
    for (let i = 0; i < 5; i++) expect((await request(fresh.app).get(`/public/track/${code}`)).status).toBe(200);
    for (let i = 0; i < 30; i++) expect((await request(fresh.app).get(`/public/track/GUESS${String(i).padStart(5, '2')}`)).status).toBe(404);
    const json = await request(fresh.app).get(`/public/track/${code}`);
    expect(expectError(json, 429).code).toBe('tracking.too_many_lookups');
    const page = await request(fresh.app).get(`/track/${code}`);
    expect(page.status).toBe(429);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
