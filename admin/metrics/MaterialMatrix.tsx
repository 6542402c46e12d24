/** Declared material (rows) against the material the agency found (columns): the diagonal matched; every other cell is a parcel not as listed. */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MaterialGrid } from './analysis';
import { useChartColors } from './chartColors';
import { formatCount, rateWithN } from './format';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', px: 1 } as const;

export function MaterialMatrix({ grid }: { grid: MaterialGrid }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const colors = useChartColors();
  const max = Math.max(1, ...grid.declared.flatMap((d) => grid.measured.filter((m) => m !== d).map((m) => grid.cell(d, m))));
  return (
    <Box sx={{ overflowX: 'auto', mx: -2, px: 2 }}>
      <Table size="small" aria-label={translate('td.metrics.material_matrix')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: 'nowrap', px: 1 }}>{translate('td.metrics.declared_found')}</TableCell>
            {grid.measured.map((m) => (
              <TableCell key={m} sx={numeric}>
                {m}
              </TableCell>
            ))}
            <TableCell sx={numeric}>{translate('td.metrics.failure_rate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {grid.declared.map((d) => {
            const total = grid.rowTotal(d);
            return (
              <TableRow key={d}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 500, whiteSpace: 'nowrap', px: 1 }}>
                  {d}
                </TableCell>
                {grid.measured.map((m) => {
                  const n = grid.cell(d, m);
                  const mismatch = m !== d && n > 0;
                  return (
                    <Tooltip key={m} title={translate('td.metrics.matrix_cell', { declared: d, measured: m, n: formatCount(n, locale) })}>
                      <TableCell
                        sx={{
                          ...numeric,
                          color: n ? (mismatch ? colors.outOfControl : 'text.primary') : 'text.disabled',
                          bgcolor: mismatch
                            ? alpha(colors.outOfControl, 0.08 + 0.3 * (n / max))
                            : m === d
                              ? alpha(theme.palette.success.main, 0.08)
                              : undefined,
                          fontWeight: mismatch ? 600 : 400,
                        }}
                      >
                        {n ? formatCount(n, locale) : '·'}
                      </TableCell>
                    </Tooltip>
                  );
                })}
                <TableCell sx={numeric}>{rateWithN(total.failed, total.inspected, locale, translate)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
