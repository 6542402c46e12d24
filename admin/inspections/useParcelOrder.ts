import { useGetOne } from 'react-admin';
import type { OrderRecord } from '../../domain/orders';

/** The order of a parcel: what was declared, and the buyer's tracking code. */
export function useParcelOrder(orderId: string | null | undefined) {
  return useGetOne<OrderRecord & { id: string }>('orders', { id: orderId ?? '' }, { enabled: !!orderId });
}
