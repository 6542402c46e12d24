import { lazy } from 'react';
import PolicyIcon from '@mui/icons-material/Policy';

/** Append-only: "editing" the policy is creating its next version (admins); there is no edit page. */
export default {
  list: lazy(() => import('./PolicyList')),
  show: lazy(() => import('./PolicyShow')),
  create: lazy(() => import('./PolicyCreate')),
  icon: PolicyIcon,
  recordRepresentation: (record: { id: number }) => `v${record.id}`,
};
