import type { ReactNode } from 'react';
import { DataTable } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { MerchantField, MoneyField, UserNameField } from '../common/fields';

const compactCells = { '& .MuiTableCell-root': { px: 1 } };

/** The penalty columns, in the list and (`hideMerchant`) on a merchant's page. Rows open the penalty; `bulkActions` make them selectable. */
export const PenaltyTable = ({ hideMerchant = false, bulkActions = false }: { hideMerchant?: boolean; bulkActions?: ReactNode }) => (
  <DataTable rowClick="show" bulkActionButtons={bulkActions} sx={compactCells}>
    <DataTable.Col source="id" render={(p) => `#${p.id}`} />
    {!hideMerchant && (
      <DataTable.Col source="merchantId">
        <MerchantField />
      </DataTable.Col>
    )}
    <DataTable.Col source="type">
      <EnumChip namespace="penaltyType" source="type" />
    </DataTable.Col>
    <DataTable.Col source="status">
      <EnumChip namespace="penaltyStatus" source="status" />
    </DataTable.Col>
    <DataTable.NumberCol source="points" />
    <DataTable.Col source="fineCents" align="right" field={MoneyField} />
    <DataTable.Col source="startsAt">
      <DateTimeField source="startsAt" compact />
    </DataTable.Col>
    <DataTable.Col source="endsAt">
      <DateTimeField source="endsAt" compact />
    </DataTable.Col>
    <DataTable.Col source="issuedById">
      <UserNameField source="issuedById" />
    </DataTable.Col>
    <DataTable.Col source="approvedById">
      <UserNameField source="approvedById" />
    </DataTable.Col>
  </DataTable>
);
