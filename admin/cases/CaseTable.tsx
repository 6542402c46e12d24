import { DataTable } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip, EnumTextField } from '../common/enumFields';
import { CategoryField, MerchantField, UserNameField, ViolationTypeField } from '../common/fields';
import { shownFrom } from '../common/list/columns';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { IdColumn } from '../common/list/RowLink';
import type { CaseRecord } from '../../domain/cases';
import { CaseBulkActionButtons } from './BulkActionButtons';
import { DueField } from './fields';

/** Ten columns beside the filter aside: tighter cells. */
const cells = { '& .MuiTableCell-root': { px: 1 } };

/** In the queue (beside its aside) the category shows from 1,400 px, when it was opened and its source from 1,600 px. */
const category = shownFrom(1400);
const wide = shownFrom(1600);

/** On a phone: "#2314 · 老银", its status; below, the violation, severity and due date. */
const card: CardTexts<CaseRecord> = {
  primary: (c) => (
    <>
      #{c.id} · <MerchantField link={false} />
    </>
  ),
  tertiary: () => <EnumChip namespace="caseStatus" source="status" />,
  secondary: (
    <>
      <ViolationTypeField /> · <EnumTextField namespace="severity" source="severity" /> · <DueField />
    </>
  ),
};

/** The case columns, in the queue and (`hideMerchant`) on a merchant's page. Rows open the case. */
export const CaseTable = ({ hideMerchant = false }: { hideMerchant?: boolean }) => (
  <RecordTable card={card} bulkActionButtons={<CaseBulkActionButtons />} sx={cells}>
    <IdColumn />
    {!hideMerchant && (
      <DataTable.Col source="merchantId">
        <MerchantField />
      </DataTable.Col>
    )}
    <DataTable.Col source="categoryId" sx={hideMerchant ? undefined : category}>
      <CategoryField />
    </DataTable.Col>
    <DataTable.Col source="violationTypeId">
      <ViolationTypeField />
    </DataTable.Col>
    <DataTable.Col source="severity">
      <EnumChip namespace="severity" source="severity" />
    </DataTable.Col>
    <DataTable.Col source="status">
      <EnumChip namespace="caseStatus" source="status" />
    </DataTable.Col>
    <DataTable.Col source="assigneeId">
      <UserNameField />
    </DataTable.Col>
    <DataTable.Col source="openedAt" sx={hideMerchant ? undefined : wide}>
      <DateTimeField source="openedAt" compact />
    </DataTable.Col>
    <DataTable.Col source="dueAt">
      <DueField compact />
    </DataTable.Col>
    <DataTable.Col source="source" sx={hideMerchant ? undefined : wide}>
      <EnumTextField namespace="source" source="source" />
    </DataTable.Col>
  </RecordTable>
);
