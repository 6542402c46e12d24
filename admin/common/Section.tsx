import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface SectionProps {
  /** i18n key of the heading, and its arguments. */
  title?: string;
  titleArgs?: Record<string, unknown>;
  /** A button on the heading's right. */
  action?: ReactNode;
  children: ReactNode;
}

/** A titled card of a record's page (the case's evidence, the merchant's penalties). */
export function Section({ title, titleArgs, action, children }: SectionProps) {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        {title && (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
            <Typography variant="h6" component="h3">
              {translate(title, titleArgs)}
            </Typography>
            {action}
          </Box>
        )}
        {children}
      </CardContent>
    </Card>
  );
}
