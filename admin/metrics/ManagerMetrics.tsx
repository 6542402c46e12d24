/**
 * The metrics on a manager's dashboard: the last 13 weeks by week across every category and
 * warehouse — headline figures, enforcement, the warehouse panel — and the way to the full page
 * with its pickers.
 */
import { Link } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { useLocaleState, useTranslate } from 'react-admin';
import { EnforcementPanel } from './EnforcementPanel';
import { formatDay } from './format';
import { HeadlinePanel } from './HeadlinePanel';
import { defaultQuery, serializeQuery } from './query';
import { todayUtc } from './useMetrics';
import { WarehousePanel } from './WarehousePanel';

function Heading({ title, caption }: { title: string; caption?: string }) {
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {caption && (
        <Typography variant="body2" color="text.secondary">
          {caption}
        </Typography>
      )}
    </Box>
  );
}

export default function ManagerMetrics() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const query = defaultQuery(todayUtc());
  const range = translate('td.metrics.range_by', {
    from: formatDay(query.from, locale),
    to: formatDay(query.to, locale),
    bucket: translate(`td.metrics.bucket_${query.bucket}`),
  });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        <Heading title={translate('td.metrics.headline')} caption={range} />
        <Button component={Link} to={`/metrics?${serializeQuery(query)}`} variant="outlined" startIcon={<InsightsIcon />}>
          {translate('td.metrics.open_page')}
        </Button>
      </Box>
      <HeadlinePanel query={query} />
      <Heading title={translate('td.metrics.enforcement')} />
      <EnforcementPanel query={query} />
      <Heading title={translate('td.metrics.warehouses')} />
      <WarehousePanel query={query} />
    </Box>
  );
}
