/** Bulk actions of the case queue: claim the selection, or (managers) assign it to someone. */
import { useState } from 'react';
import AssignIcon from '@mui/icons-material/AssignmentInd';
import ClaimIcon from '@mui/icons-material/PanTool';
import { useCanAccess, useListContext, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import type { UserRecord } from '../../domain/staff';
import { AssigneeDialog } from './AssigneeDialog';
import { BulkIssuePenaltyButton } from './IssuePenaltyButton';
import { useBulkCaseAction } from './runOnMany';

export function BulkClaimButton() {
  const { run, isPending } = useBulkCaseAction('claim');
  return (
    <ActionButton
      label="td.cases.actions.claim"
      icon={<ClaimIcon />}
      disabled={isPending}
      onClick={() => run({}, { done: 'td.cases.bulk.claimed', failed: 'td.cases.bulk.not_claimed' })}
    />
  );
}

export function BulkAssignButton() {
  const { run, isPending } = useBulkCaseAction('assign');
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const assign = (assignee: UserRecord) => {
    setOpen(false);
    run(
      { assigneeId: assignee.id },
      {
        done: 'td.cases.bulk.assigned',
        failed: 'td.cases.bulk.not_assigned',
        args: { name: assignee.name },
      },
    );
  };
  return (
    <>
      <ActionButton label="td.cases.actions.assign_to" icon={<AssignIcon />} disabled={isPending} onClick={() => setOpen(true)} />
      <AssigneeDialog
        open={open}
        title={translate('td.cases.dialog.assign_many', { smart_count: selectedIds.length })}
        onClose={() => setOpen(false)}
        onSubmit={assign}
      />
    </>
  );
}

/** Only the buttons this role may use (claim: case workers; assign: managers and admins; penalties: case workers). */
export function CaseBulkActionButtons() {
  const claim = useCanAccess({ resource: 'cases', action: 'claim' });
  const assign = useCanAccess({ resource: 'cases', action: 'assign' });
  const penalize = useCanAccess({ resource: 'penalties', action: 'create' });
  return (
    <>
      {claim.canAccess && <BulkClaimButton />}
      {assign.canAccess && <BulkAssignButton />}
      {penalize.canAccess && <BulkIssuePenaltyButton />}
    </>
  );
}
