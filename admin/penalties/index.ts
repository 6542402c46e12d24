import { lazy } from 'react';
import PenaltyIcon from '@mui/icons-material/Gavel';

/** Read-only pages: penalties are issued from confirmed cases, decided and revoked through workflow actions. */
export default {
  list: lazy(() => import('./PenaltyList')),
  show: lazy(() => import('./PenaltyShow')),
  icon: PenaltyIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
