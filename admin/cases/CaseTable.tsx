import { DataTable } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip, EnumTextField } from '../common/enumFields';
import { CategoryField, MerchantField, UserNameField, ViolationTypeField } from '../common/fields';
import { CaseBulkActionButtons } from './BulkActionButtons';
import { DueField } from './fields';

/**
 * Ten columns beside the filter aside: tighter cells; "Case #" on one line; Chinese words (类目, 买家投诉,
 * 王浩) wrap whole rather than character by character, except long merchant nicknames.
 */
const compactCells = {
  '& .MuiTableCell-root': { px: 1, wordBreak: 'keep-all' },
  '& .column-id': { whiteSpace: 'nowrap' },
  '& .column-merchantId': { wordBreak: 'normal' },
};

/** In the queue (beside the filter aside) the source gives way below xl (1536 px): the table then fits a 1440 px window. */
const wideOnly = { display: { xs: 'none', xl: 'table-cell' } };

/** The case columns, in the queue and (`hideMerchant`) on a merchant's page. Rows open the case. */
export const CaseTable = ({ hideMerchant = false }: { hideMerchant?: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={<CaseBulkActionButtons />} sx={compactCells}>
    <DataTable.Col source="id" render={(c) => `#${c.id}`} />
    {!hideMerchant && (
      <DataTable.Col source="merchantId">
        <MerchantField />
      </DataTable.Col>
    )}
    <DataTable.Col source="categoryId">
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
    <DataTable.Col source="openedAt">
      <DateTimeField source="openedAt" compact />
    </DataTable.Col>
    <DataTable.Col source="dueAt">
      <DueField compact />
    </DataTable.Col>
    <DataTable.Col source="source" sx={hideMerchant ? undefined : wideOnly}>
      <EnumTextField namespace="source" source="source" />
    </DataTable.Col>
  </DataTable>
);
