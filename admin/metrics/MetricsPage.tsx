/**
 * The full metrics page (#/metrics): pickers kept in the URL, the headline figures, enforcement by
 * category and the warehouse panel. Loaded on demand with the charts (never in the first bundle).
 */
import { Box, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useStaffUser } from '../common/useActor';
import { metricsAccess } from './access';
import { EnforcementPanel } from './EnforcementPanel';
import { HeadlinePanel } from './HeadlinePanel';
import { MetricsFilters } from './MetricsFilters';
import { useMetricsQuery } from './useMetricsQuery';
import { WarehousePanel } from './WarehousePanel';

function Heading({ children }: { children: string }) {
  return (
    <Typography variant="h5" component="h2" sx={{ mt: 2 }}>
      {children}
    </Typography>
  );
}

export default function MetricsPage() {
  const translate = useTranslate();
  const user = useStaffUser();
  const [query, change] = useMetricsQuery();
  if (!user) return <LinearProgress sx={{ mt: 2 }} />;
  const access = metricsAccess(user);
  const shown = access.ownWarehouseId ? { ...query, warehouseId: access.ownWarehouseId } : query;
  return (
    <Box sx={{ mt: 2, mb: 4, display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
      <Title title="td.metrics.title" />
      <MetricsFilters query={shown} onChange={change} warehouses={!access.ownWarehouseId} categories={access.enforcement} />
      {access.headline && (
        <>
          <Heading>{translate('td.metrics.headline')}</Heading>
          <HeadlinePanel query={shown} />
        </>
      )}
      {access.enforcement && (
        <>
          <Heading>{translate('td.metrics.enforcement')}</Heading>
          <EnforcementPanel query={shown} />
        </>
      )}
      {access.warehouses && (
        <>
          <Heading>{translate('td.metrics.warehouses')}</Heading>
          <WarehousePanel query={shown} compare={!access.ownWarehouseId} />
        </>
      )}
    </Box>
  );
}
