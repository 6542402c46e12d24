/** A headline number with its label and what it is out of ("4.2%" over "7 of 166 inspected"). */
import type { ReactNode } from 'react';
import { Box, Card, Skeleton, Typography } from '@mui/material';

interface FigureProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  isPending?: boolean;
  /** Drawn in the error colour (a signal that needs a look). */
  alert?: boolean;
}

export function Figure({ label, value, detail, isPending = false, alert = false }: FigureProps) {
  return (
    <Card component="figure" sx={{ m: 0, flex: '1 1 150px', minWidth: 0, p: 2 }} className="td-figure">
      <Typography component="figcaption" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="h4"
        component="p"
        sx={{ mt: 0.5, fontWeight: 500, fontVariantNumeric: 'tabular-nums', color: alert ? 'error.main' : 'text.primary' }}
      >
        {isPending ? <Skeleton width={72} /> : value}
      </Typography>
      {detail && (
        <Box sx={{ mt: 0.25 }}>
          <Typography variant="caption" color="text.secondary">
            {isPending ? <Skeleton width={120} /> : detail}
          </Typography>
        </Box>
      )}
    </Card>
  );
}

export function FigureRow({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>{children}</Box>;
}
