/** "Metrics" in the menu, under the dashboard, for the roles that read metrics (./access.ts). */
import InsightsIcon from '@mui/icons-material/Insights';
import { Menu, useTranslate } from 'react-admin';
import { useStaffUser } from '../common/useActor';
import { readsMetrics } from './access';

export function MetricsMenuItem() {
  const translate = useTranslate();
  const user = useStaffUser();
  if (!user || !readsMetrics(user)) return null;
  return <Menu.Item to="/metrics" primaryText={translate('td.metrics.title')} leftIcon={<InsightsIcon />} />;
}
