/**
 * The workflow buttons of a case, each with its key (listed under "?"). Each appears only when
 * the signed-in user may use it on this case right now (the rules the server enforces, from
 * domain/cases.ts). Confirm, dismiss and issue also offer "& next": the next case of the queue.
 */
import { useState } from 'react';
import AssignIcon from '@mui/icons-material/AssignmentInd';
import ClaimIcon from '@mui/icons-material/PanTool';
import ConfirmIcon from '@mui/icons-material/TaskAlt';
import DismissIcon from '@mui/icons-material/DoNotDisturbAlt';
import EditIcon from '@mui/icons-material/Edit';
import NextIcon from '@mui/icons-material/SkipNext';
import NoteIcon from '@mui/icons-material/AddComment';
import ReopenIcon from '@mui/icons-material/Replay';
import { TopToolbar, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { allowedTransitions, canAssign, canClaim, canEditCase, type CaseRecord } from '../../domain/cases';
import { canAccess } from '../../domain/roles';
import type { UserRecord } from '../../domain/staff';
import { ActionButton } from '../common/ActionButton';
import { ActionPromptButton, type ActionPromptButtonProps } from '../common/PromptButton';
import { useShortcuts } from '../common/shortcuts/useShortcuts';
import { useActor } from '../common/useActor';
import { AssigneeDialog } from './AssigneeDialog';
import { IssuePenaltyButton } from './IssuePenaltyButton';
import { isVersionedCaseAction, useCaseAction } from './useCaseAction';
import { useNextCase } from './useNextCase';

export function CaseShowActions() {
  const record = useRecordContext<CaseRecord>();
  const actor = useActor();
  const { goNext } = useNextCase();
  if (!record || !actor) return <TopToolbar />;
  const transitions = allowedTransitions(actor, record);
  const next = () => goNext(record.id);
  return (
    <TopToolbar>
      {canClaim(actor, record) && <ClaimButton />}
      {canAssign(actor, record) && <AssignButton />}
      {transitions.includes('confirmed') && <ResolveButton to="confirmed" onNext={next} />}
      {transitions.includes('dismissed') && <ResolveButton to="dismissed" onNext={next} />}
      {transitions.includes('open') && <ReopenButton />}
      {record.status === 'confirmed' && canAccess(actor.role, { action: 'create', resource: 'penalties' }) && <IssuePenaltyButton onNext={next} />}
      {canEditCase(actor, record) && <EditCaseButton />}
      <NextCaseButton onNext={next} />
    </TopToolbar>
  );
}

function ClaimButton() {
  const { run, isPending } = useCaseAction();
  const claim = () => run({ action: 'claim', success: 'td.cases.done.claimed' });
  useShortcuts([{ key: 'c', description: 'td.cases.actions.claim', run: () => void (isPending || claim()) }]);
  return <ActionButton label="td.cases.actions.claim" icon={<ClaimIcon />} shortcut="c" variant="contained" disabled={isPending} onClick={claim} />;
}

function AssignButton() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const { run, isPending } = useCaseAction();
  const [open, setOpen] = useState(false);
  useShortcuts([{ key: 'a', description: 'td.cases.actions.assign', run: () => setOpen(true) }]);
  const assign = async (a: UserRecord) => {
    if (await run({ action: 'assign', data: { assigneeId: a.id }, success: 'td.cases.done.assigned', messageArgs: { name: a.name } })) setOpen(false);
  };
  return (
    <>
      <ActionButton label="td.cases.actions.assign" icon={<AssignIcon />} shortcut="a" disabled={isPending} onClick={() => setOpen(true)} />
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
  const reopen = () => run({ action: 'transition', data: { to: 'open' }, success: 'td.cases.done.reopened' });
  return <ActionButton label="td.cases.actions.reopen" icon={<ReopenIcon />} disabled={isPending} onClick={reopen} />;
}

function EditCaseButton() {
  const record = useRecordContext<CaseRecord>();
  const createPath = useCreatePath();
  return <ActionButton label="ra.action.edit" icon={<EditIcon />} to={createPath({ resource: 'cases', type: 'edit', id: record?.id })} />;
}

/** Skip to the next case of the queue without deciding this one. */
function NextCaseButton({ onNext }: { onNext: () => void }) {
  useShortcuts([{ key: 'n', description: 'td.cases.actions.next', run: onNext }]);
  return <ActionButton label="td.cases.actions.next" icon={<NextIcon />} shortcut="n" onClick={onNext} />;
}

/** Confirm (y) or dismiss (d): the note is required, it becomes the case's resolution. */
function ResolveButton({ to, onNext }: { to: 'confirmed' | 'dismissed'; onNext: () => void }) {
  const confirm = to === 'confirmed';
  return (
    <CasePromptButton
      name={confirm ? 'confirm' : 'dismiss'}
      icon={confirm ? <ConfirmIcon /> : <DismissIcon />}
      shortcut={confirm ? 'y' : 'd'}
      color={confirm ? 'warning' : 'primary'}
      fieldLabel="resources.cases.fields.resolution"
      onNext={onNext}
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
      shortcut="m"
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
