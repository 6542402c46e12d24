import { lazy } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';
import { simpleFormPages } from '../common/forms';
import { localizedRepresentation } from '../i18n';

// What a merchant can be penalized for, with its default severity (its points are set in the penalty policy).
export default {
  list: lazy(() => import('./ViolationTypeList')),
  ...simpleFormPages(lazy(() => import('./ViolationTypeInputs'))),
  icon: GavelIcon,
  recordRepresentation: localizedRepresentation,
};
