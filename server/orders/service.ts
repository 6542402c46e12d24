/**
 * An order arrives (from the marketplace; an admin may record one by hand): it and its inspection,
 * awaiting the parcel at the warehouse, are created together with the first event of the log.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { trackingCodeFrom } from '../../domain/orders';
import { toBoolean } from '../db/dialect';
import type { TxContext } from '../http/context';
import { insertRecord, mustExist } from '../http/crud';
import { badRequest, fieldError } from '../http/errors';
import { appendInspectionEvent } from '../inspection-events/resource';
import { inspectionShape } from '../inspections/schema';
import { orderShape, type createOrderSchema } from './schema';

const FUTURE_SLACK_MS = 5 * 60_000;

/** A new platform-style order number when the intake sends none: `PO` + the date + 10 random digits. */
function newOrderId(placedAt: Date): string {
  const digits = [...randomBytes(10)].map((b) => b % 10).join('');
  return `PO${placedAt.toISOString().slice(0, 10).replace(/-/g, '')}${digits}`;
}

const newTrackingCode = () => {
  const bytes = randomBytes(4 * 16);
  let i = 0;
  return trackingCodeFrom(() => bytes.readUInt32LE((i++ % 16) * 4));
};

export async function createOrder(tx: TxContext, input: z.infer<typeof createOrderSchema>) {
  const merchant = await mustExist(tx.trx, 'merchants', input.merchantId, 'merchantId', 'merchant');
  await mustExist(tx.trx, 'categories', input.categoryId, 'categoryId', 'category');
  const warehouse = await mustExist(tx.trx, 'warehouses', input.warehouseId, 'warehouseId', 'warehouse');
  if (!toBoolean(warehouse.active))
    throw badRequest(
      'orders.inactive_warehouse',
      { id: input.warehouseId },
      { warehouseId: fieldError('orders.inactive_warehouse', { id: input.warehouseId }) },
    );
  const placedAt = input.placedAt ? new Date(input.placedAt) : new Date();
  if (placedAt.getTime() > Date.now() + FUTURE_SLACK_MS) throw badRequest('orders.placed_in_future', {}, { placedAt: fieldError('orders.placed_in_future') });

  const order = await insertRecord(tx, orderShape, {
    ...input,
    id: input.id ?? newOrderId(placedAt),
    categoryId: input.categoryId ?? merchant.categoryId,
    placedAt: placedAt.toISOString(),
    trackingCode: newTrackingCode(),
  });
  const inspection = await insertRecord(tx, inspectionShape, {
    orderId: order.id,
    warehouseId: input.warehouseId,
    merchantId: input.merchantId,
    status: 'awaiting_arrival',
  });
  await appendInspectionEvent(tx.trx, { inspectionId: inspection.id as number, actorId: tx.actor.id, kind: 'created', from: null, to: 'awaiting_arrival' });
  return order;
}
