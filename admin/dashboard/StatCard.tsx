import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Box, Card, CardActionArea, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCaseCount } from './useCaseCount';
import { casesPath } from './queues';

interface StatCardProps {
  label: string;
  filter: Record<string, unknown>;
  icon?: ReactNode;
  /** Highlight a non-zero count (e.g. overdue). */
  alert?: boolean;
}

/** A number that matters, counted on the server, opening the case list with the same filter. */
export function StatCard({ label, filter, icon, alert = false }: StatCardProps) {
  const translate = useTranslate();
  const { total, isPending } = useCaseCount(filter);
  const highlighted = alert && !!total;
  return (
    <Card sx={{ flex: '1 1 160px', minWidth: 160 }}>
      <CardActionArea component={Link} to={casesPath(filter)} sx={{ p: 2, height: '100%' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: highlighted ? 'error.main' : 'text.secondary' }}>
          {icon}
          <Typography variant="body2">{translate(label)}</Typography>
        </Box>
        <Typography variant="h4" sx={{ mt: 1, fontWeight: 500, color: highlighted ? 'error.main' : 'text.primary' }}>
          {isPending ? <Skeleton width={48} /> : (total ?? '–')}
        </Typography>
      </CardActionArea>
    </Card>
  );
}
