import { NumberInput, SelectInput, maxValue, minValue, number, required } from 'react-admin';
import { SEVERITIES } from '../../domain/cases';
import { enumChoices } from '../common/enums';
import { NameInputs } from '../common/NameInputs';

const SEVERITY_CHOICES = enumChoices(SEVERITIES, 'severity');

export default function ViolationTypeInputs({ creating }: { creating?: boolean }) {
  return (
    <>
      <NameInputs creating={creating} />
      <SelectInput source="severity" choices={SEVERITY_CHOICES} validate={required()} />
      <NumberInput source="points" validate={[required(), number(), minValue(0), maxValue(100)]} step={1} />
    </>
  );
}
