import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

// Read-only, hash-chained trail of every change made through the API (managers and admins).
export default {
  list: lazy(() => import('./AuditList')),
  show: lazy(() => import('./AuditShow')),
  icon: HistoryIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
