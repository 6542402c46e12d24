import type { ReactNode } from 'react';
import { DataTable } from 'react-admin';
import type { PenaltyRecord } from '../../domain/penalties';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip, EnumTextField } from '../common/enumFields';
import { MerchantField, MoneyField, UserNameField } from '../common/fields';
import { shownFrom } from '../common/list/columns';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { IdColumn } from '../common/list/RowLink';

const compactCells = { '& .MuiTableCell-root': { px: 1 } };

/** Beside the filter aside, the issuer shows from 1,400 px, the fine and the approver from 1,600 px. */
const issuer = shownFrom(1400);
const wide = shownFrom(1600);

/** On a phone: "#12 · 老银", its status; below, its type and start. */
const card: CardTexts<PenaltyRecord> = {
  primary: (p) => (
    <>
      #{p.id} · <MerchantField link={false} />
    </>
  ),
  tertiary: () => <EnumChip namespace="penaltyStatus" source="status" />,
  secondary: (
    <>
      <EnumTextField namespace="penaltyType" source="type" /> · <DateTimeField source="startsAt" />
    </>
  ),
};

/** The penalty columns, in the list and (`hideMerchant`) on a merchant's or case's page. Rows open the penalty; `bulkActions` make them selectable. */
export const PenaltyTable = ({ hideMerchant = false, bulkActions = false }: { hideMerchant?: boolean; bulkActions?: ReactNode }) => (
  <RecordTable card={card} bulkActionButtons={bulkActions} sx={compactCells}>
    <IdColumn />
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
    <DataTable.Col source="fineCents" align="right" field={MoneyField} sx={hideMerchant ? undefined : wide} />
    <DataTable.Col source="startsAt">
      <DateTimeField source="startsAt" compact />
    </DataTable.Col>
    <DataTable.Col source="endsAt">
      <DateTimeField source="endsAt" compact />
    </DataTable.Col>
    <DataTable.Col source="issuedById" sx={hideMerchant ? undefined : issuer}>
      <UserNameField source="issuedById" />
    </DataTable.Col>
    <DataTable.Col source="approvedById" sx={hideMerchant ? undefined : wide}>
      <UserNameField source="approvedById" />
    </DataTable.Col>
  </RecordTable>
);
