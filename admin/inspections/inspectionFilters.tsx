/** The inspection list's filter bar (the aside adds views and quick filters). Inspectors get no warehouse filter: they see their own. */
import { DateInput, SearchInput, SelectInput, useTranslate, type TextInputProps } from 'react-admin';
import { INSPECTION_RESULTS, INSPECTION_STATUSES } from '../../domain/inspections';
import { enumChoices } from '../common/enums';
import { searchFilter } from '../common/filters';
import { EnumArrayInput, MerchantInput } from '../common/inputs';
import { FailureReasonInput, MaterialInput, WarehouseInput } from './inputs';

/** Newest first: ids ascend with the orders' arrival. */
export const INSPECTION_SORT = { field: 'id', order: 'DESC' } as const;

/** Beside the search, the same size: the code on the parcel (as printed or typed). */
function TrackingCodeSearch(props: TextInputProps) {
  const translate = useTranslate();
  return <SearchInput placeholder={translate('resources.inspections.fields.trackingCode')} {...props} />;
}

export function inspectionFilters({ allWarehouses }: { allWarehouses: boolean }) {
  return [
    searchFilter,
    <TrackingCodeSearch key="trackingCode" source="trackingCode" alwaysOn />,
    ...(allWarehouses ? [<WarehouseInput key="warehouseId" source="warehouseId" />] : []),
    <EnumArrayInput key="status" source="status" namespace="inspectionStatus" values={INSPECTION_STATUSES} />,
    <SelectInput key="result" source="result" choices={enumChoices('inspectionResult', INSPECTION_RESULTS)} />,
    <FailureReasonInput key="failureReason" source="failureReason" />,
    <MerchantInput key="merchantId" source="merchantId" />,
    <MaterialInput key="declaredMaterial" source="declaredMaterial" />,
    <MaterialInput key="measuredMaterial" source="measuredMaterial" />,
    <DateInput key="receivedAt_gte" source="receivedAt_gte" />,
    <DateInput key="receivedAt_lte" source="receivedAt_lte" />,
    <DateInput key="verdictAt_gte" source="verdictAt_gte" />,
    <DateInput key="verdictAt_lte" source="verdictAt_lte" />,
  ];
}
