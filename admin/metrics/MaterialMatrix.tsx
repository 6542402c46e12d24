/**
 * Declared against found material, read by row: each declared material, how many parcels, how many
 * held something else (and what), and its failure rate with n. The matrix's diagonal is nearly all
 * of the volume; the off-diagonal cells are the story, so they are what the table spells out.
 */
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MaterialRow } from './analysis';
import { formatCount, rateWithN } from './format';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function MaterialMatrix({ rows }: { rows: MaterialRow[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={{ overflowX: 'auto', mx: -2, px: 2 }}>
      <Table size="small" aria-label={translate('td.metrics.material_matrix')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('td.metrics.col.declared')}</TableCell>
            <TableCell sx={numeric}>{translate('td.metrics.inspected')}</TableCell>
            <TableCell>{translate('td.metrics.col.found_instead')}</TableCell>
            <TableCell sx={numeric}>{translate('td.metrics.failure_rate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.declared}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                {row.declared}
              </TableCell>
              <TableCell sx={numeric}>{formatCount(row.inspected, locale)}</TableCell>
              <TableCell>
                {row.mismatches.length ? (
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                    {row.mismatches.map((m) => (
                      <Chip
                        key={m.measured}
                        size="small"
                        color="error"
                        variant="outlined"
                        label={translate('td.metrics.found_as', { material: m.measured, n: formatCount(m.inspected, locale) })}
                      />
                    ))}
                  </Box>
                ) : (
                  <Typography variant="body2" color="text.disabled">
                    {translate('td.metrics.all_matched')}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={numeric}>{rateWithN(row.failed, row.inspected, locale, translate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
