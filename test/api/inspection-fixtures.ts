/**
 * Fixtures for the inspection suite: orders taken in through the API (their inspection starts
 * awaiting the parcel), parcels walked through the lifecycle to a given status, verdict bodies and
 * tiny real images for the photo tests.
 */
import { expect } from 'vitest';
import type { Response } from 'supertest';
import type { Who } from '../support/testApp';
import { uniq, type Ctx } from './helpers';

export type Body = Record<string, any>;
export type Parcel = { order: Body; inspection: Body };

export interface OrderOptions {
  warehouse?: string;
  merchantId?: number;
  material?: string;
  grams?: number;
}

/** An admin records an order; its inspection (awaiting arrival) is found by order id. */
export async function newParcel(c: Ctx, o: OrderOptions = {}): Promise<Parcel> {
  const res = await c.a.admin.post('/api/orders').send({
    merchantId: o.merchantId ?? 3391,
    productTitle: '古法足金手镯 · ancient-method gold bangle',
    declaredMaterial: o.material ?? 'Au999',
    declaredWeightGrams: o.grams ?? 30,
    priceCents: 2_480_000,
    warehouseId: c.ref.warehouse[o.warehouse ?? 'PY'],
  });
  expect(res.status, res.text).toBe(201);
  return { order: res.body, inspection: await inspectionOf(c, res.body.id) };
}

export async function inspectionOf(c: Ctx, orderId: string): Promise<Body> {
  const res = await c.a.admin.get(`/api/inspections?filter=${encodeURIComponent(JSON.stringify({ orderId }))}`);
  expect(res.status, res.text).toBe(200);
  expect(res.body).toHaveLength(1);
  return res.body[0];
}

export function move(c: Ctx, by: Who, id: number, action: string, body: Body = {}) {
  return c.a[by].post(`/api/inspections/${id}/${action}`).send(body);
}

export function ok(res: Response, status = 200): any {
  expect(res.status, res.text).toBe(status);
  return res.body;
}

let serial = 0;
export const certificate = () => `GDJZ-TEST-${uniq('c')}${++serial}`.toUpperCase();

/** A pass for a parcel declared as `Au999, 30 g` (the default order). */
export const passBody = (over: Body = {}) => ({
  result: 'passed',
  certificateNo: certificate(),
  measuredMaterial: 'Au999',
  measuredWeightGrams: 30.02,
  ...over,
});
/** A failure the comparison proposes itself: Au750 where Au999 was declared. */
export const failBody = (over: Body = {}) => ({ result: 'failed', measuredMaterial: 'Au750', measuredWeightGrams: 30, ...over });

const PATH: [string, string][] = [
  ['received', 'receive'],
  ['inspecting', 'start'],
];

/** A parcel moved by `by` (default the Panyu inspector for Panyu, else an admin) up to `status`. */
export async function parcelIn(
  c: Ctx,
  status: 'awaiting_arrival' | 'received' | 'inspecting' | 'passed' | 'failed' | 'shipped' | 'returned',
  o: OrderOptions = {},
  by?: Who,
): Promise<Parcel> {
  const parcel = await newParcel(c, o);
  const who: Who = by ?? ((o.warehouse ?? 'PY') === 'PY' ? 'inspector' : 'admin');
  let rec = parcel.inspection;
  for (const [reached, action] of PATH) {
    if (rec.status === status) break;
    rec = ok(await move(c, who, rec.id, action));
    expect(rec.status).toBe(reached);
  }
  if (['passed', 'shipped'].includes(status)) rec = ok(await move(c, who, rec.id, 'verdict', passBody()));
  if (['failed', 'returned'].includes(status)) rec = ok(await move(c, who, rec.id, 'verdict', failBody()));
  if (status === 'shipped') rec = ok(await move(c, who, rec.id, 'ship', { sealNo: `TS${uniq('s')}`.toUpperCase() }));
  if (status === 'returned') rec = ok(await move(c, who, rec.id, 'return'));
  expect(rec.status).toBe(status);
  return { order: parcel.order, inspection: rec };
}

/** The smallest real images of each kind, as their bytes start (file-type reads the header). */
export const IMAGES = {
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
    Buffer.alloc(64),
    Buffer.from([0xff, 0xd9]),
  ]),
  gif: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
};

export function upload(c: Ctx, by: Who, id: number, bytes: Buffer, over: Body = {}) {
  return c.a[by].post(`/api/inspections/${id}/photos`).send({ kind: 'hallmark', content: bytes.toString('base64'), ...over });
}
