import { lazy } from 'react';
import OrderIcon from '@mui/icons-material/Receipt';

// Jewelry orders routed to the warehouses: what was declared, the buyer's tracking code, its inspection.
export default {
  list: lazy(() => import('./OrderList')),
  show: lazy(() => import('./OrderShow')),
  icon: OrderIcon,
  recordRepresentation: (record: { id: string }) => record.id,
};
