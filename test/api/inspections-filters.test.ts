/**
 * The inspection list's filters on the parcel's order: the tracking code as the workstation scans
 * it (printed in groups, typed in lower case) and the declared material; both inside the
 * inspector's warehouse, and bad values a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTrackingCode } from '../../domain/orders';
import { listUrl } from '../support/testApp';
import { expectError, setup, type Ctx } from './helpers';
import { ok, parcelIn, type Parcel } from './inspection-fixtures';

let c: Ctx;
let panyu: Parcel;
let sihui: Parcel;
beforeAll(async () => {
  c = await setup();
  panyu = await parcelIn(c, 'received', { material: 'Pt950', grams: 12.5 });
  sihui = await parcelIn(c, 'received', { warehouse: 'SH' });
});
afterAll(() => c.close());

const list = (who: 'inspector' | 'manager', filter: Record<string, unknown>) => c.a[who].get(listUrl('inspections', { filter, range: [0, 999] }));

describe('trackingCode', () => {
  it('finds the parcel by its code, as printed or typed', async () => {
    const code = panyu.order.trackingCode as string;
    for (const typed of [code, formatTrackingCode(code), code.toLowerCase()]) {
      const rows = ok(await list('inspector', { trackingCode: typed }));
      expect(
        rows.map((r: { id: number }) => r.id),
        typed,
      ).toEqual([panyu.inspection.id]);
    }
  });

  it('does not find another warehouse’s parcel for an inspector; a manager finds it', async () => {
    expect(ok(await list('inspector', { trackingCode: sihui.order.trackingCode }))).toEqual([]);
    expect(ok(await list('manager', { trackingCode: sihui.order.trackingCode })).map((r: { id: number }) => r.id)).toEqual([sihui.inspection.id]);
  });

  it('refuses what cannot be a code', async () => {
    expectError(await list('inspector', { trackingCode: 'O0O0' }), 400, 'filter.trackingCode');
  });
});

describe('declaredMaterial', () => {
  it('keeps the parcels declared as that material (by code or name)', async () => {
    for (const material of ['Pt950', '铂950']) {
      const rows = ok(await list('manager', { declaredMaterial: material }));
      expect(rows.map((r: { id: number }) => r.id)).toContain(panyu.inspection.id);
      const orders = ok(await c.a.manager.get(listUrl('orders', { filter: { id: rows.map((r: { orderId: string }) => r.orderId) }, range: [0, 999] })));
      for (const o of orders) expect(o.declaredMaterial).toBe('Pt950');
    }
  });

  it('refuses an unknown material', async () => {
    expectError(await list('manager', { declaredMaterial: 'unobtainium' }), 400, 'filter.declaredMaterial');
  });
});
