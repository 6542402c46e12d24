/** For those who approve notices: the ones waiting, on the dashboard and in the menu (with how many). */
import ApprovalIcon from '@mui/icons-material/FactCheckOutlined';
import { Badge } from '@mui/material';
import { Menu, useCanAccess, useGetList } from 'react-admin';
import { NoticeQueueCard } from './NoticeQueueCard';
import { APPROVAL_QUEUE_PATH, AWAITING_APPROVAL, OLDEST_SUBMITTED } from './queues';

export function NoticeApprovalsCard() {
  const { canAccess } = useCanAccess({ resource: 'notices', action: 'approve' });
  if (!canAccess) return null;
  return (
    <NoticeQueueCard
      title="td.notices.cards.to_approve"
      subheader="td.notices.cards.to_approve_hint"
      empty="td.notices.cards.none"
      icon={(total) => <ApprovalIcon color={total ? 'warning' : 'disabled'} />}
      filter={AWAITING_APPROVAL}
      sort={OLDEST_SUBMITTED}
      dateLabel="td.notices.cards.submitted"
      urgent
    />
  );
}

export function NoticeApprovalMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'notices', action: 'approve' });
  if (!canAccess) return null;
  return <ApprovalCount />;
}

function ApprovalCount() {
  const { total = 0 } = useGetList('notices', { filter: AWAITING_APPROVAL, sort: OLDEST_SUBMITTED, pagination: { page: 1, perPage: 1 } });
  return (
    <Menu.Item
      to={APPROVAL_QUEUE_PATH}
      primaryText="td.notices.views.approval_menu"
      leftIcon={
        <Badge badgeContent={total} color="warning" max={99}>
          <ApprovalIcon />
        </Badge>
      }
    />
  );
}
