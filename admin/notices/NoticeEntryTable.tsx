/**
 * The entries of a notice as staff read them: the merchant (opening its page) and its platform id,
 * followers, the violation and the penalty as the public page words them, and the penalty itself
 * (opening its page). In the editor each row can be taken out. Narrow columns scroll sideways
 * inside the card rather than widening the page.
 */
import RemoveIcon from '@mui/icons-material/RemoveCircleOutline';
import { Box, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { NoticeEntry } from '../../domain/notices';
import { penaltyPeriodText, penaltyText, violationText, type NoticeLang } from '../../domain/notice-text';
import { formatFollowers } from '../common/format';
import { DIFF_BACKGROUND } from '../common/LineDiffView';

interface NoticeEntryTableProps {
  entries: NoticeEntry[];
  /** Offers to take an entry out (the editor). */
  onRemove?: (penaltyId: number) => void;
  /** Row colour for the diff: entries added since the approval in green, removed ones in red and struck out. */
  tone?: 'added' | 'removed';
}

const COLUMNS = ['merchantNickname', 'followerCount', 'violations', 'penaltyType', 'penaltyId'] as const;

export function NoticeEntryTable({ entries, onRemove, tone }: NoticeEntryTableProps) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const lang: NoticeLang = locale.startsWith('zh') ? 'zh' : 'en';
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c}>{translate(`td.notices.entry.${c}`)}</TableCell>
            ))}
            {onRemove && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e, i) => (
            <TableRow
              key={e.penaltyId}
              sx={{ bgcolor: tone && DIFF_BACKGROUND[tone], '& td': { textDecoration: tone === 'removed' ? 'line-through' : undefined } }}
            >
              <TableCell>{i + 1}</TableCell>
              <TableCell>
                <Link to={createPath({ resource: 'merchants', type: 'show', id: e.merchantId })}>{e.merchantNickname}</Link>
                <Typography variant="caption" component="div" color="text.secondary">
                  {e.merchantId}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatFollowers(e.followerCount, locale)}</TableCell>
              <TableCell>{violationText(e, lang)}</TableCell>
              <TableCell>
                {penaltyText(e, lang)}
                <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                  {penaltyPeriodText(e, lang)}
                </Typography>
              </TableCell>
              <TableCell>
                <Link to={createPath({ resource: 'penalties', type: 'show', id: e.penaltyId })}>#{e.penaltyId}</Link>
              </TableCell>
              {onRemove && (
                <TableCell padding="none">
                  <Tooltip title={translate('td.notices.editor.remove_entry', { name: e.merchantNickname })}>
                    <IconButton
                      size="small"
                      aria-label={translate('td.notices.editor.remove_entry', { name: e.merchantNickname })}
                      onClick={() => onRemove(e.penaltyId)}
                    >
                      <RemoveIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
