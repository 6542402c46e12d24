import { ReferenceField } from 'react-admin';
import { MerchantField, type FieldProps } from '../common/fields';

/** The merchant an appeal is for, through its penalty. */
export const MerchantOfPenaltyField = (_props: FieldProps) => (
  <ReferenceField source="penaltyId" reference="penalties" link={false}>
    <MerchantField />
  </ReferenceField>
);
