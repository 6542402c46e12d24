import { lazy } from 'react';
import WarehouseIcon from '@mui/icons-material/Warehouse';
import { simpleFormPages } from '../common/forms';
import { localizedRepresentation } from '../i18n';

// The official inspection warehouses (质检仓) and the certified agency working in each.
export default {
  list: lazy(() => import('./WarehouseList')),
  show: lazy(() => import('./WarehouseShow')),
  ...simpleFormPages(
    lazy(() => import('./WarehouseInputs')),
    { defaultValues: { active: true } },
  ),
  icon: WarehouseIcon,
  recordRepresentation: localizedRepresentation,
};
