/** Uphold or overturn a pending appeal: managers who did not issue the penalty; the note is required. */
import UpholdIcon from '@mui/icons-material/VerifiedOutlined';
import OverturnIcon from '@mui/icons-material/Restore';
import { TopToolbar, useGetOne, useRecordContext } from 'react-admin';
import { APPEAL_OUTCOMES, canDecideAppeal, type AppealRecord } from '../../domain/appeals';
import type { PenaltyRecord } from '../../domain/penalties';
import { ActionPromptButton } from '../common/PromptButton';
import { useActor } from '../common/useActor';

const ICONS = { upheld: <UpholdIcon />, overturned: <OverturnIcon /> };

export function AppealActions() {
  const appeal = useRecordContext<AppealRecord>();
  const actor = useActor();
  const { data: penalty } = useGetOne<PenaltyRecord>('penalties', { id: appeal?.penaltyId }, { enabled: !!appeal });
  if (!appeal || !actor || !penalty || !canDecideAppeal(actor, appeal, penalty)) return <TopToolbar />;
  return (
    <TopToolbar>
      {APPEAL_OUTCOMES.map((outcome) => (
        <ActionPromptButton
          key={outcome}
          resource="appeals"
          messages="td.appeals"
          name={outcome}
          icon={ICONS[outcome]}
          color={outcome === 'overturned' ? 'warning' : 'primary'}
          fieldLabel="resources.appeals.fields.decisionNote"
          request={(note) => ({ action: 'decide', data: { outcome, note }, success: `td.appeals.done.${outcome}` })}
        />
      ))}
    </TopToolbar>
  );
}
