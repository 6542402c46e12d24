import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';
import { simpleFormPages } from '../common/forms';
import { toUserPayload } from './userForm';

// Staff accounts: admins create and edit them; nobody deletes one (deactivate instead).
export default {
  list: lazy(() => import('./UserList')),
  ...simpleFormPages(
    lazy(() => import('./UserInputs')),
    // A new password cannot be taken back: such an edit offers no Undo.
    { transform: toUserPayload, defaultValues: { role: 'reviewer' }, undoable: (data) => !data.password },
  ),
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
