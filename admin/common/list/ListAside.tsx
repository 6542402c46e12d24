import type { ReactNode } from 'react';
import { Accordion, AccordionDetails, AccordionSummary, Card, CardContent, Typography, useMediaQuery, type Theme } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';

/**
 * The saved views and quick filters beside a list (the react-admin demo's aside). Under 900 px
 * there is no room beside it: they fold into a panel above the list, one tap away.
 */
export function ListAside({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'), { noSsr: true });
  if (narrow)
    return (
      <Accordion disableGutters sx={{ order: -1, mt: 1, mb: 1 }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {translate('td.list.views_and_filters')}
          </Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ pt: 0 }}>{children}</AccordionDetails>
      </Accordion>
    );
  return (
    <Card sx={{ order: -1, flex: '0 0 13em', mr: 2, mt: 8, alignSelf: 'flex-start' }}>
      <CardContent sx={{ pt: 1 }}>{children}</CardContent>
    </Card>
  );
}
