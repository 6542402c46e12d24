import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A card with an optional heading and a button on the heading's right. */
export function Section({ title, action, children }: { title?: string; action?: ReactNode; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        {title && (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
            <Typography variant="h6" component="h3">
              {translate(title)}
            </Typography>
            {action}
          </Box>
        )}
        {children}
      </CardContent>
    </Card>
  );
}
