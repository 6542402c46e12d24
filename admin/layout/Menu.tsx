import { Menu as RaMenu } from 'react-admin';
import { NoticeApprovalMenuItem } from '../notices/NoticeApprovals';
import { WorkstationMenuItem } from '../inspections/workstation/WorkstationMenuItem';
import { ApprovalQueueMenuItem } from '../penalties/ApprovalQueueMenuItem';
import { MenuSection } from './MenuSection';

/**
 * Grouped navigation. Each item checks `authProvider.canAccess({ action: 'list' })` itself
 * (react-admin's ResourceMenuItem), and a section disappears when none of its resources is allowed.
 */
export function Menu() {
  return (
    <RaMenu>
      <MenuSection label="td.menu.work" resources={['cases', 'merchants', 'penalties', 'appeals', 'notices']} withDashboard />
      <ApprovalQueueMenuItem />
      <NoticeApprovalMenuItem />
      <MenuSection label="td.menu.inspection" resources={['inspections', 'orders']}>
        <WorkstationMenuItem />
      </MenuSection>
      <MenuSection label="td.menu.reference" resources={['categories', 'violation-types', 'warehouses', 'penalty-policies']} />
      <MenuSection label="td.menu.admin" resources={['users', 'audit-log']} />
    </RaMenu>
  );
}
