import { DataTable } from 'react-admin';
import { CompactDateTimeField, MerchantField, UserNameField } from '../cases/fields';
import { PenaltyStatusChip, PenaltyTypeChip } from './chips';
import { MoneyField } from './fields';

const compactCells = { '& .MuiTableCell-root': { px: 1 } };

/** The penalty columns, in the list and (`hideMerchant`) on a merchant's page. Rows open the penalty. */
export const PenaltyTable = ({ hideMerchant = false }: { hideMerchant?: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={false} sx={compactCells}>
    <DataTable.Col source="id" render={(p) => `#${p.id}`} />
    {!hideMerchant && (
      <DataTable.Col source="merchantId">
        <MerchantField />
      </DataTable.Col>
    )}
    <DataTable.Col source="type" field={PenaltyTypeChip} />
    <DataTable.Col source="status" field={PenaltyStatusChip} />
    <DataTable.NumberCol source="points" />
    <DataTable.Col source="fineCents" align="right" field={MoneyField} />
    <DataTable.Col source="startsAt">
      <CompactDateTimeField source="startsAt" />
    </DataTable.Col>
    <DataTable.Col source="endsAt">
      <CompactDateTimeField source="endsAt" />
    </DataTable.Col>
    <DataTable.Col source="issuedById">
      <UserNameField source="issuedById" />
    </DataTable.Col>
    <DataTable.Col source="approvedById">
      <UserNameField source="approvedById" />
    </DataTable.Col>
  </DataTable>
);
