/**
 * "Export": every row the list's filter matches, in its sort order, as the server's CSV (one row
 * per record, names beside reference ids, in the chosen language), saved as a file.
 */
import DownloadIcon from '@mui/icons-material/GetApp';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useListContext, useLocaleState, useNotify } from 'react-admin';
import type { TrustdeskDataProvider } from '../../providers/dataProvider';
import { ActionButton } from '../ActionButton';
import { saveFile } from '../saveFile';

export function ExportCsvButton() {
  const { resource, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.exportCsv(resource, { filter: filterValues, sort, locale }),
    onSuccess: ({ data, filename }) => saveFile(data, filename),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return <ActionButton label="ra.action.export" icon={<DownloadIcon />} disabled={isPending || total === 0} onClick={() => mutate()} />;
}
