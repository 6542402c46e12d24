import { useEffect, type ReactNode } from 'react';
import { SaveButton, SimpleForm, Toolbar, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { formColumnsSx, PessimisticEdit } from '../common/forms';
import { StaleVersionAlert } from '../common/StaleVersionAlert';
import { canEditCase, type CaseRecord } from '../../domain/cases';
import { useActor } from '../common/useActor';
import { CaseFormFields } from './CaseFormFields';

/** Pessimistic, so the server's field errors (400) land on the form and a stale version (409) is reported. */
export const CaseEdit = () => (
  <PessimisticEdit redirect="show">
    <OnlyWhenEditable>
      <SimpleForm
        sx={formColumnsSx}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <StaleVersionAlert />
        <CaseFormFields mode="edit" />
      </SimpleForm>
    </OnlyWhenEditable>
  </PessimisticEdit>
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
