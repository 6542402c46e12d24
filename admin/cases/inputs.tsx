/** Inputs of the case filters and forms. */
import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';
import { CASE_SOURCES, CASE_STATUSES, SEVERITIES } from '../../domain/cases';
import { enumChoices } from '../common/enums';
import { EnumArrayInput, type InputProps } from '../common/inputs';

export const StatusesInput = (props: InputProps) => <EnumArrayInput namespace="caseStatus" values={CASE_STATUSES} {...props} />;

export const SeverityInput = (props: InputProps & Partial<SelectInputProps>) => <SelectInput choices={enumChoices('severity', SEVERITIES)} {...props} />;

export const SourceInput = ({ sources = CASE_SOURCES, ...props }: InputProps & Partial<SelectInputProps> & { sources?: readonly string[] }) => (
  <SelectInput choices={enumChoices('source', sources)} {...props} />
);

/** Who may be given a case: active reviewers and managers (the server's `assignable` filter; account state stays private). */
export const ASSIGNABLE = { assignable: true } as const;

export const AssigneeInput = (props: InputProps) => (
  <ReferenceInput source={props.source} reference="users" filter={ASSIGNABLE} sort={{ field: 'name', order: 'ASC' }} perPage={200}>
    <SelectInput optionText="name" {...props} />
  </ReferenceInput>
);
