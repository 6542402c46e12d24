/** "CSV": the section's figures for the same range and choices as the server's CSV, names in the reader's language. */
import DownloadIcon from '@mui/icons-material/GetApp';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { saveFile } from '../common/saveFile';
import type { MetricsParams, TrustdeskDataProvider } from '../providers/dataProvider';

export function MetricsCsvButton({ section, params }: { section: string; params: MetricsParams }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.exportMetricsCsv(section, { ...params, locale }),
    onSuccess: ({ data, filename }) => saveFile(data, filename),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      disabled={isPending}
      onClick={() => mutate()}
      aria-label={translate('td.metrics.csv_of', { section: translate(`td.metrics.section.${section}`) })}
    >
      {translate('td.metrics.csv')}
    </Button>
  );
}
