import { lazy } from 'react';
import InspectionIcon from '@mui/icons-material/FactCheck';

// Parcels at the inspection warehouses (质检): the staff list and an inspection's page; the workstation is ./workstation.
export default {
  list: lazy(() => import('./InspectionList')),
  show: lazy(() => import('./InspectionShow')),
  icon: InspectionIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};

export const Workstation = lazy(() => import('./workstation/Workstation'));
