/**
 * What the penalty policy suggests and why (the server's reasoning, worded here from its codes and
 * figures), a ban it refuses, then the merchant's past penalties that counted, newest first.
 */
import { Alert, AlertTitle, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Suggestion } from '../../../domain/policy';
import { EnumChip } from '../../common/enumFields';
import { useDateFormat } from '../../common/format';
import { useViolationTypes } from '../../common/usePenaltyPolicy';
import { isRefusal, verdictOf, wordReason } from './suggestionReasons';

export function SuggestionPanel({ suggestion: s }: { suggestion: Suggestion }) {
  const translate = useTranslate();
  const { date } = useDateFormat();
  const { nameOf } = useViolationTypes();
  const verdict = verdictOf(s.type, s.durationDays, translate);
  const reasoning = s.reasons.filter((r) => !isRefusal(r)).map((r) => wordReason(r, { translate, nameOf, date }));
  return (
    <Stack spacing={1}>
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
      {s.banRefused && (
        <Alert severity="error">
          <AlertTitle>{translate('td.penalties.suggestion.ban_refused')}</AlertTitle>
          {translate(`td.penalties.suggestion.${s.banRefused}`)}
        </Alert>
      )}
    </Stack>
  );
}

/** The merchant's counted penalties (the history the suggestion rests on), scrolling when long. */
export function CountedHistory({ suggestion }: { suggestion: Suggestion }) {
  const translate = useTranslate();
  const { date } = useDateFormat();
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
                    <EnumChip namespace="penaltyType" value={p.type} />
                  </TableCell>
                  <TableCell>
                    <EnumChip namespace="penaltyStatus" value={p.status} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(p.startsAt)}</TableCell>
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
