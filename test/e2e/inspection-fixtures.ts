/** Parcels the inspection journeys start from, found through the API with the page's session. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { MATERIALS, materialByCode, meetsDeclared } from '../../domain/materials';
import { apiGet, apiList } from './support';

export interface Parcel {
  id: number;
  status: string;
  orderId: string;
  warehouseId: number;
  trackingCode: string;
  declaredMaterial: string;
  declaredWeightGrams: number;
}

/** The oldest parcel in `status` the signed-in user can see (an inspector: at their warehouse), with its order. */
export async function parcelIn(page: Page, status: string, filter: object = {}): Promise<Parcel> {
  const { data } = await apiList<Omit<Parcel, 'trackingCode'>>(page, 'inspections', { filter: { status, ...filter }, sort: ['id', 'ASC'], range: [0, 0] });
  expect(data, `a parcel ${status}`).toHaveLength(1);
  const { body: order } = await apiGet<Parcel>(page, `/api/orders/${data[0].orderId}`);
  return { ...data[0], trackingCode: order.trackingCode, declaredMaterial: order.declaredMaterial, declaredWeightGrams: Number(order.declaredWeightGrams) };
}

/** A material an inspector could find instead of the declared one: not what was promised. */
export function otherMaterial(declared: string): string {
  const promised = materialByCode(declared)!;
  return MATERIALS.find((m) => m.family !== promised.family && !meetsDeclared(promised, m))!.code;
}
