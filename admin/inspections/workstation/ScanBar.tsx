/**
 * The scan field: a barcode scanner types the tracking code and presses Enter; so can a person.
 * Enter looks the parcel up (in the inspector's own warehouse: the server scopes the search) and
 * opens it; a code that finds nothing stays selected, to be scanned again.
 */
import { forwardRef, useState, type KeyboardEvent } from 'react';
import { Alert, InputAdornment, TextField } from '@mui/material';
import QrIcon from '@mui/icons-material/QrCodeScanner';
import { useDataProvider, useTranslate } from 'react-admin';
import { scanFilter } from './scan';

interface ScanBarProps {
  /** Whose parcels are searched: "in your warehouse" for an inspector. */
  scoped: boolean;
  onFound: (inspectionId: number) => void;
}

export const ScanBar = forwardRef<HTMLInputElement, ScanBarProps>(function ScanBar({ scoped, onFound }, ref) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lookUp = async () => {
    const filter = scanFilter(text);
    if (!filter) {
      setProblem(translate('td.workstation.scan_invalid', { text: text.trim() }));
      return;
    }
    setBusy(true);
    try {
      const { data } = await dataProvider.getList('inspections', { filter, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 1 } });
      if (!data.length) {
        setProblem(translate(scoped ? 'td.workstation.not_found_here' : 'td.workstation.not_found', { text: text.trim() }));
        (ref as { current: HTMLInputElement | null })?.current?.select();
        return;
      }
      setProblem(null);
      setText('');
      onFound(data[0].id as number);
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (!busy) void lookUp();
  };

  return (
    <>
      <TextField
        inputRef={ref}
        autoFocus
        fullWidth
        label={translate('td.workstation.scan')}
        placeholder="ABCDE-FGHJK"
        helperText={translate('td.workstation.scan_hint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <QrIcon />
              </InputAdornment>
            ),
            sx: { fontFamily: 'monospace', fontSize: 20, letterSpacing: 1 },
          },
          htmlInput: { 'aria-describedby': problem ? 'scan-problem' : undefined, spellCheck: false },
        }}
      />
      {problem && (
        <Alert id="scan-problem" severity="warning" sx={{ mt: 1 }} role="alert">
          {problem}
        </Alert>
      )}
    </>
  );
});
