import { DataTable } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { UserNameField } from '../common/fields';
import { PenaltyField } from '../penalties/fields';
import { MerchantOfPenaltyField } from './MerchantOfPenaltyField';

// Clamped to two lines: a statement can be long.
const TWO_LINES = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 420 } as const;

/** Appeal columns, in the appeal list and (`onPenalty`, fewer) beside a penalty. Rows open the appeal. */
export const AppealTable = ({ onPenalty = false }: { onPenalty?: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" render={(a) => `#${a.id}`} />
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
      <DataTable.Col source="decidedById">
        <UserNameField source="decidedById" />
      </DataTable.Col>
    )}
  </DataTable>
);
