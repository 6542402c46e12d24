/** A text diff as reviewers read one: removed lines on red with "−", added on green with "+", long unchanged runs folded. */
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { withContext, type DiffLine } from './lineDiff';

/** What was taken out (red) and put in (green), wherever a change is shown: lines, values, table rows. */
export const DIFF_BACKGROUND = { removed: 'rgba(211, 47, 47, 0.12)', added: 'rgba(46, 125, 50, 0.14)' } as const;

const LINE = {
  same: { sign: ' ', bg: undefined },
  removed: { sign: '−', bg: DIFF_BACKGROUND.removed },
  added: { sign: '+', bg: DIFF_BACKGROUND.added },
} as const;

export function LineDiffView({ lines, context = 2 }: { lines: DiffLine[]; context?: number }) {
  const translate = useTranslate();
  return (
    <Box
      role="table"
      sx={{
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
        fontSize: 13,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        overflow: 'hidden',
      }}
    >
      {withContext(lines, context).map((row, i) =>
        // A diff is drawn whole and never reordered: its position is what identifies a row.
        row.kind === 'skipped' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Typography key={i} variant="caption" component="div" role="row" sx={{ px: 1, py: 0.25, bgcolor: 'action.hover', color: 'text.secondary' }}>
            {translate('td.common.unchangedLines', { smart_count: row.count })}
          </Typography>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Box key={i} role="row" data-diff={row.kind} sx={{ display: 'flex', bgcolor: LINE[row.kind].bg, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <Box component="span" aria-hidden sx={{ width: 20, flex: 'none', textAlign: 'center', color: 'text.secondary', userSelect: 'none' }}>
              {LINE[row.kind].sign}
            </Box>
            <Box component="span" sx={{ flex: 1, pr: 1, minHeight: '1.5em' }}>
              {row.text}
            </Box>
          </Box>
        ),
      )}
    </Box>
  );
}
