import { SimpleForm, required } from 'react-admin';
import { MANUAL_CASE_SOURCES } from '../../domain/cases';
import { CaseFormFields } from './CaseFormFields';
import { formColumnsSx, NamedCreate } from '../common/forms';
import { MerchantInput } from '../common/inputs';
import { SourceInput } from './inputs';

/** Open a case by hand (inspection cases are opened by failed verdicts). */
export const CaseCreate = () => (
  <NamedCreate redirect="show">
    <SimpleForm defaultValues={{ source: 'complaint', evidence: [] }} sx={formColumnsSx}>
      <MerchantInput source="merchantId" validate={required()} />
      <SourceInput source="source" sources={MANUAL_CASE_SOURCES} validate={required()} />
      <CaseFormFields mode="create" />
    </SimpleForm>
  </NamedCreate>
);
