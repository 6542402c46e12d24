/**
 * What the penalty policy suggests and why: the reasoning (the server's, put in the chosen
 * language from its figures), then the merchant's past penalties that counted, newest first.
 */
import { Alert, AlertTitle, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../common/format';
import { PenaltyStatusChip, PenaltyTypeChip } from '../chips';
import type { Suggestion } from '../types';

export function SuggestionPanel({ suggestion: s, violation }: { suggestion: Suggestion; violation: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const type = translate(`td.penaltyType.${s.type}`);
  const verdict = s.durationDays ? translate('td.penalties.suggestion.for_days', { type, smart_count: s.durationDays }) : type;
  const reasoning = [
    translate('td.penalties.suggestion.counted', { smart_count: s.counted.length, points: s.currentPoints, since: formatDate(s.windowStart, locale) }),
    translate('td.penalties.suggestion.added', { violation, added: s.addedPoints, total: s.totalPoints }),
    s.directBan
      ? translate('td.penalties.suggestion.direct_ban', { violation, policy: s.policyId })
      : translate('td.penalties.suggestion.step', { total: s.totalPoints, verdict, policy: s.policyId }),
  ];
  return (
    <Alert severity={s.type === 'permanent_ban' ? 'warning' : 'info'} variant="outlined">
      <AlertTitle>{translate('td.penalties.suggestion.title', { verdict })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {reasoning.map((line) => (
          <Typography component="li" variant="body2" key={line}>
            {line}
          </Typography>
        ))}
      </Box>
    </Alert>
  );
}

/** The merchant's counted penalties (the history the suggestion rests on), scrolling when long. */
export function CountedHistory({ suggestion }: { suggestion: Suggestion }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = (field: string) => translate(`resources.penalties.fields.${field}`);
  const rows = [...suggestion.counted].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <Box>
      <Typography variant="subtitle2" gutterBottom>
        {translate('td.penalties.suggestion.history')}
      </Typography>
      {!rows.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('td.penalties.suggestion.no_history')}
        </Typography>
      ) : (
        <Box sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" stickyHeader sx={{ '& .MuiTableCell-root': { px: 1, py: 0.5 } }}>
            <TableHead>
              <TableRow>
                {['id', 'type', 'status', 'startsAt'].map((f) => (
                  <TableCell key={f}>{label(f)}</TableCell>
                ))}
                <TableCell align="right">{label('points')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>#{p.id}</TableCell>
                  <TableCell>
                    <PenaltyTypeChip value={p.type} />
                  </TableCell>
                  <TableCell>
                    <PenaltyStatusChip value={p.status} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(p.startsAt, locale)}</TableCell>
                  <TableCell align="right">{p.points}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
