import { DataTable, SelectField } from 'react-admin';
import { CASE_SOURCES } from '../providers/caseWorkflow';
import { CaseBulkActionButtons } from './BulkActionButtons';
import { CaseStatusChip, SeverityChip } from './chips';
import { CategoryField, CompactDateTimeField, DueField, MerchantField, UserNameField, ViolationTypeField } from './fields';
import { enumChoices } from './inputs';

const sourceChoices = enumChoices('source', CASE_SOURCES);

/** Ten columns beside the filter aside: tighter cells. */
const compactCells = { '& .MuiTableCell-root': { px: 1 } };

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
    <DataTable.Col source="severity" field={SeverityChip} />
    <DataTable.Col source="status" field={CaseStatusChip} />
    <DataTable.Col source="assigneeId">
      <UserNameField />
    </DataTable.Col>
    <DataTable.Col source="openedAt">
      <CompactDateTimeField source="openedAt" />
    </DataTable.Col>
    <DataTable.Col source="dueAt">
      <DueField compact />
    </DataTable.Col>
    <DataTable.Col source="source">
      <SelectField source="source" choices={sourceChoices} />
    </DataTable.Col>
  </DataTable>
);
