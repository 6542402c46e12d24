import { lazy } from 'react';
import ViolationIcon from '@mui/icons-material/RuleFolder';
import { simpleFormPages } from '../common/forms';
import { localizedRepresentation } from '../i18n';

// What a merchant can be penalized for, with its default severity (its points are set in the penalty policy).
export default {
  list: lazy(() => import('./ViolationTypeList')),
  show: lazy(() => import('./ViolationTypeShow')),
  ...simpleFormPages(lazy(() => import('./ViolationTypeInputs'))),
  icon: ViolationIcon,
  recordRepresentation: localizedRepresentation,
};
