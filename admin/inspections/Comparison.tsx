/**
 * Declared against measured, side by side, with what the comparison (domain/inspections.ts) finds:
 * the material as hallmarked or not, the weight within tolerance or not, and the failure reason it
 * proposes. The same table on the inspection page, the workstation and the case page.
 */
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/CheckCircleOutline';
import CrossIcon from '@mui/icons-material/HighlightOff';
import { useTranslate } from 'react-admin';
import type { Comparison as ComparisonResult } from '../../domain/inspections';
import { formatGrams } from '../../domain/inspections';
import { useGramsLabel, useMaterialLabel, useViolationTypeName } from './fields';

interface ComparisonProps {
  declared: { material: string; weightGrams: number } | undefined;
  /** Nothing measured yet: the measured column says so. */
  measured: { material: string | null; weightGrams: number | null };
  comparison: ComparisonResult | null;
  /** Show the proposal line (not once a verdict names its own reason). */
  showProposal?: boolean;
}

/** Read by screen readers, not shown (the words beside the icon on a phone). */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  m: '-1px',
  p: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const signed = (n: number, digits: (n: number) => string) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${digits(Math.abs(n))}`;

function Verdict({ ok }: { ok: boolean | undefined }) {
  const translate = useTranslate();
  if (ok === undefined) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: ok ? 'success.main' : 'error.main', fontWeight: 500 }}>
      {ok ? <CheckIcon fontSize="small" /> : <CrossIcon fontSize="small" />}
      {/* On a phone the icon alone (its words for screen readers): the four columns then fit. */}
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {translate(ok ? 'td.inspections.comparison.matches' : 'td.inspections.comparison.mismatch')}
      </Box>
      <Box component="span" sx={{ ...visuallyHidden, display: { sm: 'none' } }}>
        {translate(ok ? 'td.inspections.comparison.matches' : 'td.inspections.comparison.mismatch')}
      </Box>
    </Box>
  );
}

export function Comparison({ declared, measured, comparison: c, showProposal = true }: ComparisonProps) {
  const translate = useTranslate();
  const material = useMaterialLabel();
  const grams = useGramsLabel();
  const reasonName = useViolationTypeName();
  const head = (key: string) => <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{translate(key)}</TableCell>;
  return (
    <Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('td.inspections.sections.comparison')} sx={{ '& .MuiTableCell-root': { px: { xs: 0.75, sm: 2 } } }}>
          <TableHead>
            <TableRow>
              <TableCell />
              {head('td.inspections.comparison.declared')}
              {head('td.inspections.comparison.measured')}
              {head('td.inspections.comparison.finding')}
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow>
              <TableCell component="th" scope="row">
                {translate('td.inspections.comparison.material')}
              </TableCell>
              <TableCell>{material(declared?.material)}</TableCell>
              <TableCell>{material(measured.material)}</TableCell>
              <TableCell>
                <Verdict ok={c?.materialMatches} />
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {translate('td.inspections.comparison.weight')}
              </TableCell>
              <TableCell>{grams(declared?.weightGrams)}</TableCell>
              <TableCell>{grams(measured.weightGrams)}</TableCell>
              <TableCell>
                <Verdict ok={c?.weightMatches} />
                {c && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {translate('td.inspections.comparison.delta', {
                      g: signed(c.weightDeltaGrams, formatGrams),
                      pct: signed(c.weightDeltaPercent, (n) => n.toFixed(1)),
                      tolerance: formatGrams(c.toleranceGrams),
                    })}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Box>
      {c && showProposal && (
        <Alert severity={c.proposedFailureReason ? 'warning' : 'success'} sx={{ mt: 1.5 }} role="status">
          {c.proposedFailureReason
            ? translate('td.inspections.comparison.proposes', { reason: reasonName(c.proposedFailureReason) })
            : translate('td.inspections.comparison.all_match')}
        </Alert>
      )}
    </Box>
  );
}
