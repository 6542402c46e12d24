import { DateInput, SelectInput } from 'react-admin';
import { PENALTY_STATUSES, PENALTY_TYPES } from '../../domain/penalties';
import { enumChoices } from '../common/enums';
import { searchFilter } from '../common/filters';
import { CategoryInput, EnumArrayInput, MerchantInput } from '../common/inputs';

/** The filter bar of the penalty list: type, statuses, the merchant's category, the merchant, when issued. */
export const penaltyFilters = [
  searchFilter,
  <SelectInput key="type" source="type" choices={enumChoices('penaltyType', PENALTY_TYPES)} />,
  <EnumArrayInput key="status" source="status" namespace="penaltyStatus" values={PENALTY_STATUSES} />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <MerchantInput key="merchantId" source="merchantId" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
];
