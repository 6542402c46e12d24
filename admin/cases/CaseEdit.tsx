import { useEffect, type ReactNode } from 'react';
import { Edit, SaveButton, SimpleForm, Toolbar, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { canEditCase } from '../providers/caseWorkflow';
import { CaseFormFields } from './CaseFormFields';
import { useActor } from './useActor';
import type { CaseRecord } from './types';

/** Pessimistic, so the server's field errors (400) land on the form and a stale version (409) is reported. */
export const CaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <OnlyWhenEditable>
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        <CaseFormFields mode="edit" />
      </SimpleForm>
    </OnlyWhenEditable>
  </Edit>
);

/** A case closed, or someone else's, goes back to its page (the server would refuse the save anyway). */
function OnlyWhenEditable({ children }: { children: ReactNode }) {
  const record = useRecordContext<CaseRecord>();
  const actor = useActor();
  const notify = useNotify();
  const redirect = useRedirect();
  const allowed = !!record && !!actor && canEditCase(actor, record);
  const denied = !!record && !!actor && !allowed;
  useEffect(() => {
    if (!denied || !record) return;
    notify('td.cases.form.not_editable', { type: 'warning', messageArgs: { id: record.id } });
    redirect('show', 'cases', record.id);
  }, [denied, record, notify, redirect]);
  return allowed ? children : null;
}
