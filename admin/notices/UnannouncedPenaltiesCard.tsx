/** What comms still owe a notice: issued penalties no published notice lists, the oldest first, and a draft from them. */
import { Link } from 'react-router-dom';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { Button } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import type { PenaltyRecord } from '../../domain/penalties';
import { EnumChip } from '../common/enumFields';
import { useDateFormat } from '../common/format';
import { QueueCard } from '../common/QueueCard';
import { PenaltyOfMerchant } from '../penalties/fields';
import { FIRST_TAKING_EFFECT, UNANNOUNCED, UNANNOUNCED_PATH } from './queues';

export function UnannouncedPenaltiesCard() {
  const translate = useTranslate();
  const { date } = useDateFormat();
  const { canAccess: mayDraft } = useCanAccess({ resource: 'notices', action: 'create' });
  return (
    <QueueCard<PenaltyRecord>
      resource="penalties"
      title="td.notices.cards.unannounced"
      subheader="td.notices.cards.unannounced_hint"
      empty="td.notices.cards.unannounced_empty"
      icon={(total) => <CampaignIcon color={total ? 'warning' : 'disabled'} />}
      filter={UNANNOUNCED}
      sort={FIRST_TAKING_EFFECT}
      viewAll={UNANNOUNCED_PATH}
      primary={() => <PenaltyOfMerchant />}
      secondary={(p) => translate('td.notices.cards.took_effect', { date: date(p.startsAt) })}
      aside={() => <EnumChip namespace="penaltyType" source="type" />}
      actions={
        mayDraft && (
          <Button component={Link} to="/notices/create" size="small" variant="outlined">
            {translate('td.notices.new')}
          </Button>
        )
      }
    />
  );
}
