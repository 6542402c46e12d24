/**
 * Filters of the inspection list that read the parcel's order: the tracking code a warehouse
 * scans (as printed or typed: lower case, spaces and dashes are fine) and the declared material.
 */
import { z } from 'zod';
import { materialByCode } from '../../domain/materials';
import { normalizeTrackingCode } from '../../domain/orders';
import type { CustomFilter } from '../http/list-query';

const ofOrder =
  (column: string): CustomFilter['apply'] =>
  (qb, value: string) => {
    qb.whereIn('inspections.orderId', (sub) => sub.select('id').from('orders').where(column, value));
  };

export const trackingCodeFilter: CustomFilter = {
  schema: z.string().transform((raw, ctx) => {
    const code = normalizeTrackingCode(raw);
    if (!code) ctx.addIssue({ code: 'custom', message: 'a tracking code: 10 letters and digits' });
    return code ?? z.NEVER;
  }),
  apply: ofOrder('orders.trackingCode'),
};

export const declaredMaterialFilter: CustomFilter = {
  schema: z.string().transform((raw, ctx) => {
    const material = materialByCode(raw);
    if (!material) ctx.addIssue({ code: 'custom', message: `unknown material code "${raw.slice(0, 40)}"` });
    return material?.code ?? z.NEVER;
  }),
  apply: ofOrder('orders.declaredMaterial'),
};
