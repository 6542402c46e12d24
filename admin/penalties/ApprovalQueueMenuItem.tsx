import HourglassIcon from '@mui/icons-material/HourglassTop';
import { Menu, useCanAccess } from 'react-admin';
import { APPROVAL_QUEUE_PATH } from './queue';

/** The managers' approval queue in the menu (the penalty list's saved view), for those who may approve. */
export function ApprovalQueueMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'penalties', action: 'approve' });
  if (!canAccess) return null;
  return <Menu.Item to={APPROVAL_QUEUE_PATH} primaryText="td.penalties.views.approval_menu" leftIcon={<HourglassIcon />} />;
}
