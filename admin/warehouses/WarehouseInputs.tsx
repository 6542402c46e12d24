import { BooleanInput, NumberInput, TextInput, maxLength, minValue, number, required } from 'react-admin';
import { NameInputs } from '../common/NameInputs';

export default function WarehouseInputs({ creating }: { creating?: boolean }) {
  return (
    <>
      <NameInputs creating={creating} requireZh={false} />
      <TextInput source="city" validate={[required(), maxLength(80)]} />
      <TextInput source="agency" validate={[required(), maxLength(200)]} multiline />
      <NumberInput source="dailyCapacity" validate={[required(), number(), minValue(0)]} step={100} />
      <BooleanInput source="active" />
    </>
  );
}
