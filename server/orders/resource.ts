import { inCategory } from '../categories/filter';
import { write, type ResourceDefinition } from '../http/resource';
import { warehouseColumnScope } from '../inspections/scope';
import { createOrderSchema, orderShape, parseOrderId } from './schema';
import { createOrder } from './service';

/** Orders routed to the warehouses (SPEC §4), scoped like their inspections; never edited here. */
export const ordersResource: ResourceDefinition = {
  ...orderShape,
  defaultSort: ['placedAt', 'DESC'],
  parseId: parseOrderId,
  scope: warehouseColumnScope('orders'),
  customFilters: { categoryId: inCategory('orders.categoryId') },
  create: write(createOrderSchema, createOrder),
};
