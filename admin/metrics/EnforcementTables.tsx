/** The enforcement tables: each category over the range, the most frequent violation types, and each reviewer's work. */
import { Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CategoryTotals } from './enforcementSeries';
import { formatCount, formatHours, rateWithN } from './format';
import type { ReviewerFigures, TopViolationType } from './types';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A table that scrolls inside its card rather than widening the page on a phone. */
function Scroll({ children }: { children: React.ReactNode }) {
  return <Box sx={{ overflowX: 'auto', mx: -2, px: 2 }}>{children}</Box>;
}

export function CategoryTable({ totals, categoryName }: { totals: CategoryTotals[]; categoryName: (id: number) => string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const n = (v: number) => formatCount(v, locale);
  const headers = ['category', 'opened', 'resolved', 'penalties', 'bans', 'sla_breaches', 'overturned', 'backlog_end'];
  return (
    <Scroll>
      <Table size="small">
        <TableHead>
          <TableRow>
            {headers.map((h, i) => (
              <TableCell key={h} sx={i ? numeric : { whiteSpace: 'nowrap' }}>
                {translate(`td.metrics.col.${h}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {totals.map((t) => (
            <TableRow key={t.categoryId}>
              <TableCell>{categoryName(t.categoryId)}</TableCell>
              <TableCell sx={numeric}>{n(t.casesOpened)}</TableCell>
              <TableCell sx={numeric}>{n(t.casesResolved)}</TableCell>
              <TableCell sx={numeric}>{n(t.penalties)}</TableCell>
              <TableCell sx={numeric}>{n(t.bans)}</TableCell>
              <TableCell sx={numeric}>{rateWithN(t.slaBreaches, t.casesResolved, locale, translate)}</TableCell>
              <TableCell sx={numeric}>{rateWithN(t.overturned, t.appealsDecided, locale, translate)}</TableCell>
              <TableCell sx={numeric}>{n(t.backlog)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Scroll>
  );
}

/** Violation types by cases opened, each with its share of all `total` cases opened in the range and a bar against the largest. */
export function TopViolationTypes({ items, total, typeName }: { items: TopViolationType[]; total: number; typeName: (id: number) => string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const max = Math.max(1, ...items.map((i) => i.casesOpened));
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      {items.map((item) => (
        <Box component="li" key={item.violationTypeId}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
            <Typography variant="body2">{typeName(item.violationTypeId)}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
              {rateWithN(item.casesOpened, total, locale, translate)}
            </Typography>
          </Box>
          <LinearProgress variant="determinate" value={(item.casesOpened / max) * 100} sx={{ height: 6, borderRadius: 3, mt: 0.5 }} aria-hidden />
        </Box>
      ))}
    </Box>
  );
}

export function ReviewerTable({ reviewers, userName }: { reviewers: ReviewerFigures[]; userName: (id: number) => string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const sorted = [...reviewers].sort((a, b) => b.handled - a.handled);
  return (
    <Scroll>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('td.metrics.col.reviewer')}</TableCell>
            <TableCell sx={numeric}>{translate('td.metrics.col.handled')}</TableCell>
            <TableCell sx={numeric}>{translate('td.metrics.col.median_handling')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((r) => (
            <TableRow key={r.reviewerId}>
              <TableCell>{userName(r.reviewerId)}</TableCell>
              <TableCell sx={numeric}>{formatCount(r.handled, locale)}</TableCell>
              <TableCell sx={numeric}>{formatHours(r.handlingMedianHours, locale, translate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Scroll>
  );
}
