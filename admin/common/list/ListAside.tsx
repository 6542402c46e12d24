import type { ReactNode } from 'react';
import { Card, CardContent } from '@mui/material';

/** The card of saved views and quick filters left of a list (the react-admin demo's aside), hidden on small screens. */
export const ListAside = ({ children }: { children: ReactNode }) => (
  <Card sx={{ display: { xs: 'none', md: 'block' }, order: -1, flex: '0 0 13em', mr: 2, mt: 8, alignSelf: 'flex-start' }}>
    <CardContent sx={{ pt: 1 }}>{children}</CardContent>
  </Card>
);
