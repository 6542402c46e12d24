import { SelectInput, required } from 'react-admin';
import { SEVERITIES } from '../../domain/cases';
import { enumChoices } from '../common/enums';
import { NameInputs } from '../common/NameInputs';
import { PolicyPointsNote } from './PolicyPoints';

const SEVERITY_CHOICES = enumChoices('severity', SEVERITIES);

/** A violation type's identity and default severity; its points live in the penalty policy. */
export default function ViolationTypeInputs({ creating }: { creating?: boolean }) {
  return (
    <>
      <NameInputs creating={creating} />
      <SelectInput source="severity" choices={SEVERITY_CHOICES} validate={required()} />
      <PolicyPointsNote />
    </>
  );
}
