import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { CategoryInput, EnumArrayInput, enumChoices, MerchantInput } from '../cases/inputs';
import { PENALTY_STATUSES, PENALTY_TYPES } from '../../domain/penalties';

/** The filter bar of the penalty list: type, statuses, the merchant's category, the merchant, when issued. */
export const penaltyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('penaltyType', PENALTY_TYPES)} />,
  <EnumArrayInput key="status" source="status" prefix="penaltyStatus" values={PENALTY_STATUSES} />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <MerchantInput key="merchantId" source="merchantId" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
];
