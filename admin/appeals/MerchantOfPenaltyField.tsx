import { ReferenceField } from 'react-admin';
import { MerchantField } from '../cases/fields';

/** The merchant an appeal is for, through its penalty. */
export const MerchantOfPenaltyField = (_props: { source?: string; label?: string; sortable?: boolean }) => (
  <ReferenceField source="penaltyId" reference="penalties" link={false}>
    <MerchantField />
  </ReferenceField>
);
