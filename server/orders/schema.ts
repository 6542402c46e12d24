import { z } from 'zod';
import { ORDER_ID_PATTERN } from '../../domain/orders';
import { badRequest } from '../http/errors';
import { field, ref } from '../http/fields';
import { id, optionalId } from '../http/schemas';
import type { RecordShape } from '../http/shape';
import { materialCode, weightGrams } from '../inspections/measures';

/** An order as the API shows it (domain/orders.ts OrderRecord); orders come from the marketplace and are never edited. */
export const orderShape: RecordShape = {
  name: 'orders',
  table: 'orders',
  label: 'Order',
  fields: {
    id: field.string({ sort: true, search: true }),
    merchantId: field.integer({ filter: true, sort: true, ref: ref.merchant }),
    categoryId: field.integer({ sort: true, ref: ref.category }),
    productTitle: field.string({ sort: true, search: true }),
    declaredMaterial: field.string({ filter: true, sort: true }),
    declaredWeightGrams: field.number({ sort: true, range: true }),
    priceCents: field.number({ sort: true, range: true }), // bigint: no 32-bit bound
    placedAt: field.date({ sort: true, range: true }),
    warehouseId: field.integer({ filter: true, sort: true, ref: ref.warehouse }),
    trackingCode: field.string({ filter: true, search: true }),
    createdAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
};

export const MAX_PRICE_CENTS = 10_000_000_000; // CNY 100 million: anything above is a typo

/** The marketplace's intake of an order; its inspection starts awaiting the parcel. */
export const createOrderSchema = z.object({
  id: z.string().trim().regex(ORDER_ID_PATTERN, '1–64 letters, digits, _ or -').optional(),
  merchantId: id,
  categoryId: optionalId,
  productTitle: z.string().trim().min(2, 'name the product').max(200),
  declaredMaterial: materialCode,
  declaredWeightGrams: weightGrams,
  priceCents: z.number().int().positive('a price is more than 0').max(MAX_PRICE_CENTS, 'more than CNY 100,000,000: check the amount'),
  placedAt: z.iso.datetime({ offset: true, message: 'an ISO date-time' }).optional(),
  warehouseId: id,
});

/** Order ids in the URL are the platform's numbers, not integers. */
export function parseOrderId(raw: string): string {
  if (!ORDER_ID_PATTERN.test(raw)) {
    throw badRequest('list.bad_id', { raw: raw.slice(0, 64) }, { id: { text: 'an order number: 1–64 letters, digits, _ or -', code: 'field.invalid' } });
  }
  return raw;
}
