import { lazy } from 'react';
import CategoryIcon from '@mui/icons-material/Category';
import { simpleFormPages } from '../common/forms';
import { localizedRepresentation } from '../i18n';

// Product categories (verticals and their sub-categories); admins manage them.
export default {
  list: lazy(() => import('./CategoryList')),
  show: lazy(() => import('./CategoryShow')),
  ...simpleFormPages(lazy(() => import('./CategoryInputs'))),
  icon: CategoryIcon,
  recordRepresentation: localizedRepresentation,
};
