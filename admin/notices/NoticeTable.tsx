import { Box, Chip, Typography } from '@mui/material';
import { DataTable, useRecordContext, useTranslate } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { CategoryField, UserNameField } from '../common/fields';
import { useDateFormat } from '../common/format';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';

/** On a phone: the title and its status; below, the period. */
const card: CardTexts<NoticeRecord> = {
  primary: (n) => n.title,
  tertiary: () => <EnumChip namespace="noticeStatus" source="status" />,
  secondary: () => <PeriodCell />,
};

/** The notice columns; rows open the notice. */
export const NoticeTable = () => (
  <RecordTable card={card} bulkActionButtons={false} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
    <DataTable.Col source="title">
      <TitleCell />
    </DataTable.Col>
    <DataTable.Col source="status">
      <EnumChip namespace="noticeStatus" source="status" />
    </DataTable.Col>
    <DataTable.Col source="categoryId">
      <ScopeCell />
    </DataTable.Col>
    <DataTable.Col source="periodStart" label="td.notices.period">
      <PeriodCell />
    </DataTable.Col>
    <DataTable.Col source="penaltyIds" label="td.notices.entry_count" disableSort render={(n: NoticeRecord) => n.penaltyIds.length} align="right" />
    <DataTable.Col source="authorId">
      <UserNameField source="authorId" />
    </DataTable.Col>
    <DataTable.Col source="publishAt" label="td.notices.goes_out">
      <DateTimeField source="publishAt" compact />
    </DataTable.Col>
    <DataTable.Col source="updatedAt">
      <DateTimeField source="updatedAt" compact />
    </DataTable.Col>
  </RecordTable>
);

function TitleCell() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', minWidth: 240 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {record.title}
      </Typography>
      {record.correctsId != null && <Chip size="small" variant="outlined" label={translate('td.notices.correction')} />}
    </Box>
  );
}

function ScopeCell() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.categoryId == null ? <Typography variant="body2">{translate('td.notices.all_categories')}</Typography> : <CategoryField />;
}

function PeriodCell() {
  const record = useRecordContext<NoticeRecord>();
  const { date } = useDateFormat();
  if (!record) return null;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {date(record.periodStart)} – {date(record.periodEnd)}
    </Typography>
  );
}
