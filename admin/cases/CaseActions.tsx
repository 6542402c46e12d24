/**
 * The workflow buttons of a case. Each appears only when the signed-in user may use it on this
 * case right now (the rules the server enforces, from domain/cases.ts).
 */
import { useState, type ReactElement } from 'react';
import AssignIcon from '@mui/icons-material/AssignmentInd';
import ClaimIcon from '@mui/icons-material/PanTool';
import ConfirmIcon from '@mui/icons-material/Gavel';
import DismissIcon from '@mui/icons-material/DoNotDisturbAlt';
import NoteIcon from '@mui/icons-material/AddComment';
import ReopenIcon from '@mui/icons-material/Replay';
import { Button, EditButton, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { allowedTransitions, canAssign, canClaim, canEditCase, type CaseRecord } from '../../domain/cases';
import { canAccess } from '../../domain/roles';
import type { UserRecord } from '../../domain/staff';
import { ActionPromptButton, type ActionPromptButtonProps } from '../common/PromptButton';
import { useActor } from '../common/useActor';
import { AssigneeDialog } from './AssigneeDialog';
import { IssuePenaltyButton } from './IssuePenaltyButton';
import { isVersionedCaseAction, useCaseAction } from './useCaseAction';

export function CaseShowActions() {
  const record = useRecordContext<CaseRecord>();
  const actor = useActor();
  if (!record || !actor) return <TopToolbar />;
  const transitions = allowedTransitions(actor, record);
  return (
    <TopToolbar>
      {canClaim(actor, record) && <ClaimButton />}
      {canAssign(actor, record) && <AssignButton />}
      {transitions.includes('confirmed') && <ResolveButton to="confirmed" icon={<ConfirmIcon />} />}
      {transitions.includes('dismissed') && <ResolveButton to="dismissed" icon={<DismissIcon />} />}
      {transitions.includes('open') && <ReopenButton />}
      {record.status === 'confirmed' && canAccess(actor.role, { action: 'create', resource: 'penalties' }) && <IssuePenaltyButton />}
      {canEditCase(actor, record) && <EditButton />}
    </TopToolbar>
  );
}

function ClaimButton() {
  const { run, isPending } = useCaseAction();
  return (
    <Button label="td.cases.actions.claim" variant="contained" disabled={isPending} onClick={() => run({ action: 'claim', success: 'td.cases.done.claimed' })}>
      <ClaimIcon />
    </Button>
  );
}

function AssignButton() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const { run, isPending } = useCaseAction();
  const [open, setOpen] = useState(false);
  const assign = async (a: UserRecord) => {
    if (await run({ action: 'assign', data: { assigneeId: a.id }, success: 'td.cases.done.assigned', messageArgs: { name: a.name } })) setOpen(false);
  };
  return (
    <>
      <Button label="td.cases.actions.assign" disabled={isPending} onClick={() => setOpen(true)}>
        <AssignIcon />
      </Button>
      <AssigneeDialog
        open={open}
        title={translate('td.cases.dialog.assign_one', { id: record?.id })}
        current={record?.assigneeId}
        onClose={() => setOpen(false)}
        onSubmit={assign}
      />
    </>
  );
}

function ReopenButton() {
  const { run, isPending } = useCaseAction();
  return (
    <Button
      label="td.cases.actions.reopen"
      disabled={isPending}
      onClick={() => run({ action: 'transition', data: { to: 'open' }, success: 'td.cases.done.reopened' })}
    >
      <ReopenIcon />
    </Button>
  );
}

/** Confirm or dismiss: the note is required, it becomes the case's resolution. */
function ResolveButton({ to, icon }: { to: 'confirmed' | 'dismissed'; icon: ReactElement }) {
  const verb = to === 'confirmed' ? 'confirm' : 'dismiss';
  return (
    <CasePromptButton
      name={verb}
      icon={icon}
      color={to === 'confirmed' ? 'warning' : 'primary'}
      fieldLabel="resources.cases.fields.resolution"
      request={(note) => ({ action: 'transition', data: { to, note }, success: `td.cases.done.${to}` })}
    />
  );
}

export function AddNoteButton() {
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'note' });
  if (!canAccess) return null;
  return (
    <CasePromptButton
      name="add_note"
      icon={<NoteIcon />}
      fieldLabel="td.cases.dialog.note"
      // One key per dialog opening: a double submit adds the note once.
      request={(text, key) => ({ action: 'notes', data: { text }, success: 'td.cases.done.noted', idempotencyKey: key })}
    />
  );
}

/** Case actions that need a text; messages under td.cases.actions.<name> and td.cases.dialog.<name>_title / _hint. */
const CasePromptButton = (props: Omit<ActionPromptButtonProps, 'resource' | 'messages' | 'versioned'>) => (
  <ActionPromptButton resource="cases" messages="td.cases" versioned={isVersionedCaseAction} {...props} />
);
