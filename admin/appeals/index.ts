import { lazy } from 'react';
import AppealIcon from '@mui/icons-material/RecordVoiceOver';

/** Appeals are recorded from a penalty's page and decided on their own page. */
export default {
  list: lazy(() => import('./AppealList')),
  show: lazy(() => import('./AppealShow')),
  icon: AppealIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
