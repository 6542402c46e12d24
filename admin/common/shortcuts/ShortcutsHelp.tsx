/** The "?" dialog: every key in force on this page and what it does. */
import { Box, Dialog, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { keyLabel } from './keys';
import type { Shortcut } from './keys';

interface ShortcutsHelpProps {
  open: boolean;
  shortcuts: readonly Shortcut[];
  onClose: () => void;
}

/** The newest registration of a key is the one that runs: list each key once. */
const firstOfEachKey = (shortcuts: readonly Shortcut[]) => shortcuts.filter((s, i) => shortcuts.findIndex((o) => o.key === s.key) === i);

export function ShortcutsHelp({ open, shortcuts, onClose }: ShortcutsHelpProps) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('td.shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-label={translate('td.shortcuts.title')}>
          <TableBody>
            {firstOfEachKey(shortcuts).map((s) => (
              <TableRow key={s.key}>
                <TableCell sx={{ width: 72, whiteSpace: 'nowrap' }}>
                  <Box component="kbd" sx={{ px: 0.75, py: 0.25, border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: 'monospace', fontSize: 13 }}>
                    {keyLabel(s.key)}
                  </Box>
                </TableCell>
                <TableCell>{translate(s.description)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
