import { DataTable } from 'react-admin';
import type { AppealRecord } from '../../domain/appeals';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { UserNameField } from '../common/fields';
import { shownFrom } from '../common/list/columns';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { IdColumn } from '../common/list/RowLink';
import { MerchantOfPenaltyField } from './MerchantOfPenaltyField';
import { PenaltyField } from '../penalties/fields';

// Clamped to two lines: a statement can be long.
const TWO_LINES = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 420 } as const;

/** On a phone: "#7", its status; below, the statement's first lines. */
const card: CardTexts<AppealRecord> = {
  primary: (a) => `#${a.id}`,
  tertiary: () => <EnumChip namespace="appealStatus" source="status" />,
  secondary: (a) => <span style={TWO_LINES}>{a.statement}</span>,
};

/** Appeal columns, in the appeal list and (`onPenalty`, fewer) beside a penalty. Rows open the appeal. */
export const AppealTable = ({ onPenalty = false }: { onPenalty?: boolean }) => (
  <RecordTable card={card} bulkActionButtons={false}>
    <IdColumn />
    {!onPenalty && <DataTable.Col source="penaltyId" field={PenaltyField} />}
    {!onPenalty && <DataTable.Col source="merchantId" label="resources.penalties.fields.merchantId" disableSort field={MerchantOfPenaltyField} />}
    <DataTable.Col source="statement" disableSort render={(a) => <span style={TWO_LINES}>{a.statement}</span>} />
    <DataTable.Col source="status">
      <EnumChip namespace="appealStatus" source="status" />
    </DataTable.Col>
    <DataTable.Col source="filedAt">
      <DateTimeField source="filedAt" compact />
    </DataTable.Col>
    {!onPenalty && (
      <DataTable.Col source="filedById">
        <UserNameField source="filedById" />
      </DataTable.Col>
    )}
    {!onPenalty && (
      <DataTable.Col source="decidedById" sx={shownFrom(1600)}>
        <UserNameField source="decidedById" />
      </DataTable.Col>
    )}
  </RecordTable>
);
