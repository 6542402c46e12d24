/**
 * The penalty list's bulk action for those who write notices: a draft listing exactly the chosen
 * penalties, its period the days they took effect on (the create page starts from these).
 */
import NoticeIcon from '@mui/icons-material/Campaign';
import { Button, useGetMany, useListContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { PenaltyRecord } from '../../domain/penalties';
import { periodCovering } from './noticePeriods';

export function DraftNoticeButton() {
  const { selectedIds } = useListContext();
  const { data: chosen = [] } = useGetMany<PenaltyRecord>('penalties', { ids: selectedIds });
  const navigate = useNavigate();
  const draft = () => {
    const record = { penaltyIds: [...selectedIds], ...periodCovering(chosen.map((p) => p.startsAt)) };
    navigate('/notices/create', { state: { record } });
  };
  return (
    <Button label="td.notices.draft_from_selection" onClick={draft} disabled={chosen.length < selectedIds.length}>
      <NoticeIcon />
    </Button>
  );
}
