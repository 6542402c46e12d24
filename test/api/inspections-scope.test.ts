/**
 * Inspectors are scoped to their own warehouse (SPEC §6), by the server on every read, list,
 * count, export and action: another warehouse's parcel is not there (404) and changes nothing.
 * Managers, reviewers and admins see every warehouse; only admins and inspectors record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl, totalOf } from '../support/testApp';
import { count, expectError, expectUnchanged, setup, type Ctx } from './helpers';
import { failBody, IMAGES, move, ok, parcelIn, passBody, upload, type Parcel } from './inspection-fixtures';

let c: Ctx;
let sihui: Record<string, Parcel>;
beforeAll(async () => {
  c = await setup();
  sihui = {
    awaiting: await parcelIn(c, 'awaiting_arrival', { warehouse: 'SH' }),
    received: await parcelIn(c, 'received', { warehouse: 'SH' }),
    inspecting: await parcelIn(c, 'inspecting', { warehouse: 'SH' }),
    passed: await parcelIn(c, 'passed', { warehouse: 'SH' }),
    failed: await parcelIn(c, 'failed', { warehouse: 'SH' }),
  };
  ok(await upload(c, 'admin', sihui.received.inspection.id, IMAGES.png), 201);
});
afterAll(() => c.close());

const PY = () => c.ref.warehouse.PY;

describe('the Panyu inspector sees Panyu only', () => {
  it('lists and counts only Panyu inspections, orders and events, whatever the filter', async () => {
    for (const [resource, table] of [
      ['inspections', 'inspections'],
      ['orders', 'orders'],
    ] as const) {
      const res = ok(await c.a.inspector.get(listUrl(resource, { range: [0, 999] })));
      expect(res.length).toBeGreaterThan(0);
      for (const r of res) expect(r.warehouseId, resource).toBe(PY());
      const total = totalOf(await c.a.inspector.get(listUrl(resource, { range: [0, 0] })));
      expect(total, resource).toBe(await count(c.db, table, { warehouseId: PY() }));
      const other = await c.a.inspector.get(listUrl(resource, { filter: { warehouseId: c.ref.warehouse.SH } }));
      expect([other.body, totalOf(other)]).toEqual([[], 0]);
    }
    const ids = Object.values(sihui).map((p) => p.inspection.id);
    expect(ok(await c.a.inspector.get(listUrl('inspections', { filter: { id: ids } })))).toEqual([]);
    const events = ok(await c.a.inspector.get(listUrl('inspection-events', { filter: { inspectionId: ids } })));
    expect(events).toEqual([]);
    const visible = ok(await c.a.inspector.get(listUrl('inspection-events', { range: [0, 999], sort: ['id', 'DESC'] })));
    const panyu = new Set((await c.db.knex('inspections').where({ warehouseId: PY() }).pluck('id')).map(Number));
    for (const e of visible) expect(panyu.has(e.inspectionId)).toBe(true);
  });

  it('exports only Panyu rows', async () => {
    const csv = await c.a.inspector.get(`${listUrl('inspections', { filter: { status: 'passed' } })}&format=csv`);
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\r\n').slice(1);
    expect(lines.length).toBe(await count(c.db, 'inspections', { warehouseId: PY(), status: 'passed' }));
    expect(csv.text).not.toContain('Sihui');
  });

  it('another warehouse’s parcel, order, event and photo are not found', async () => {
    const p = sihui.received;
    const event = await c.db.knex('inspectionEvents').where({ inspectionId: p.inspection.id }).first('id');
    const photo = await c.db.knex('inspectionPhotos').where({ inspectionId: p.inspection.id }).first('id');
    for (const url of [
      `/api/inspections/${p.inspection.id}`,
      `/api/orders/${p.order.id}`,
      `/api/inspection-events/${event.id}`,
      `/api/inspections/${p.inspection.id}/photos`,
      `/api/inspections/${p.inspection.id}/photos/${photo.id}`,
      `/api/inspections/${p.inspection.id}/comparison?measuredMaterial=Au999&measuredWeightGrams=30`,
    ]) {
      expectError(await c.a.inspector.get(url), 404);
      expect((await c.a.manager.get(url)).status, url).toBe(200);
    }
  });

  it('every action on another warehouse’s parcel is a 404 and changes nothing', async () => {
    await expectUnchanged(c.db, async () => {
      expectError(await move(c, 'inspector', sihui.awaiting.inspection.id, 'receive'), 404);
      expectError(await move(c, 'inspector', sihui.received.inspection.id, 'start'), 404);
      expectError(await move(c, 'inspector', sihui.inspecting.inspection.id, 'verdict', failBody()), 404);
      expectError(await move(c, 'inspector', sihui.inspecting.inspection.id, 'verdict', passBody()), 404);
      expectError(await move(c, 'inspector', sihui.passed.inspection.id, 'ship', { sealNo: 'TSSH00000001' }), 404);
      expectError(await move(c, 'inspector', sihui.failed.inspection.id, 'return'), 404);
      expectError(await upload(c, 'inspector', sihui.inspecting.inspection.id, IMAGES.png), 404);
    });
  });

  it('compares a merchant with the platform within the inspector’s warehouse', async () => {
    const mine = ok(await c.a.inspector.get('/api/merchants/3391/inspection-summary?days=730'));
    const all = ok(await c.a.manager.get('/api/merchants/3391/inspection-summary?days=730'));
    expect(mine.warehouseId).toBe(PY());
    expect(all.warehouseId).toBeNull();
    const verdicts = (where: Record<string, unknown>) => c.db.knex('inspections').where(where).whereNotNull('result').count({ n: '*' });
    expect(mine.platform.inspected).toBe(Number((await verdicts({ warehouseId: PY() }))[0].n));
    expect(all.platform.inspected).toBe(Number((await verdicts({}))[0].n));
    expect(all.platform.inspected).toBeGreaterThan(mine.platform.inspected);
  });
});

describe('who reads and who records', () => {
  it('managers and reviewers read every warehouse but record nothing; admins record anywhere', async () => {
    for (const who of ['manager', 'reviewer'] as const) {
      expect(ok(await c.a[who].get(`/api/inspections/${sihui.received.inspection.id}`)).warehouseId).toBe(c.ref.warehouse.SH);
      await expectUnchanged(c.db, async () => expectError(await move(c, who, sihui.received.inspection.id, 'start'), 403));
    }
    expectError(await c.a.comms.get('/api/inspections'), 403);
    expect(ok(await move(c, 'admin', sihui.received.inspection.id, 'start')).status).toBe('inspecting');
  });

  it('the merchant summary: failure rates by SQL counts over the period', async () => {
    const res = ok(await c.a.reviewer.get('/api/merchants/3391/inspection-summary'));
    expect(res.days).toBe(180);
    const { merchant, platform } = res;
    expect(merchant.inspected).toBe(merchant.passed + merchant.failed);
    expect(merchant.failureRate).toBeCloseTo(merchant.failed / merchant.inspected, 10);
    expect(merchant.failureRate).toBeGreaterThan(platform.failureRate);
    expectError(await c.a.reviewer.get('/api/merchants/3391/inspection-summary?days=0'), 400, 'days');
    expectError(await c.a.reviewer.get('/api/merchants/999999/inspection-summary'), 404);
    expectError(await c.a.comms.get('/api/merchants/3391/inspection-summary'), 403);
  });
});
