import { lazy } from 'react';
import NoticeIcon from '@mui/icons-material/Campaign';

/** Penalty notices: generated drafts, the editor with its preview, approval with a diff, publishing and corrections. */
export default {
  list: lazy(() => import('./NoticeList')),
  show: lazy(() => import('./NoticeShow')),
  edit: lazy(() => import('./NoticeEdit')),
  create: lazy(() => import('./NoticeCreate')),
  icon: NoticeIcon,
  recordRepresentation: (record: { title: string }) => record.title,
};
