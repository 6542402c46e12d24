/** Inputs shared by the case create and edit forms. */
import { ArrayInput, FormDataConsumer, SelectInput, SimpleFormIterator, TextInput, maxLength, minLength, regex, required } from 'react-admin';
import type { EvidenceItem } from '../../domain/cases';
import { enumChoices } from '../common/enums';
import { CategoryInput, ViolationTypeInput } from '../common/inputs';
import { SeverityInput } from './inputs';

const summaryRules = [required(), minLength(10), maxLength(2000)];
const urlRules = [required(), regex(/^https?:\/\/\S+$/, 'td.cases.evidence.url_invalid')];
const EVIDENCE_KINDS: EvidenceItem['kind'][] = ['text', 'url', 'image'];
const kindChoices = enumChoices('evidenceKind', EVIDENCE_KINDS);

/** `create`: severity and category may be left empty (the server takes the violation type's and the merchant's). */
export function CaseFormFields({ mode }: { mode: 'create' | 'edit' }) {
  const optional = mode === 'create';
  return (
    <>
      <ViolationTypeInput source="violationTypeId" validate={required()} />
      <SeverityInput source="severity" validate={optional ? undefined : required()} helperText={optional ? 'td.cases.form.severity_default' : undefined} />
      <CategoryInput source="categoryId" validate={optional ? undefined : required()} helperText={optional ? 'td.cases.form.category_default' : undefined} />
      <TextInput source="orderId" />
      <TextInput source="summary" multiline minRows={3} fullWidth validate={summaryRules} />
      <EvidenceInput />
    </>
  );
}

function EvidenceInput() {
  return (
    <ArrayInput source="evidence" defaultValue={[]}>
      <SimpleFormIterator inline disableReordering fullWidth>
        <SelectInput source="kind" label="td.cases.evidence.kind" choices={kindChoices} defaultValue="text" validate={required()} />
        <FormDataConsumer>
          {({ scopedFormData }) =>
            scopedFormData?.kind === 'text' ? (
              <TextInput source="text" label="td.cases.evidence.text" multiline validate={required()} sx={{ minWidth: 360 }} />
            ) : (
              <>
                <TextInput source="url" label="td.cases.evidence.url" validate={urlRules} sx={{ minWidth: 320 }} />
                <TextInput source="text" label="td.cases.evidence.caption" />
              </>
            )
          }
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
}
