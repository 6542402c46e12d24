/** The pickers of the metrics page: a ready-made range or two dates, the bucket, the warehouse and the category. */
import { Box, Card, MenuItem, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { METRIC_BUCKETS, rangeProblem, type MetricBucket } from '../../domain/metrics';
import { daysBefore, RANGE_PRESETS, type MetricsQuery } from './query';
import { todayUtc } from './useMetrics';
import { useNames } from './useNames';

interface MetricsFiltersProps {
  query: MetricsQuery;
  onChange: (change: Partial<MetricsQuery>) => void;
  /** Inspectors see their own warehouse only: no warehouse picker. */
  warehouses?: boolean;
  categories?: boolean;
}

const ALL = '';

type Tree = { id: number; parentId?: number | null };

/** Categories as a tree, depth first: each one followed by those under it (choosing it includes them), with its depth. */
function treeOrder(records: Tree[], parentId: number | null = null, depth = 0): (Tree & { depth: number })[] {
  return records.filter((r) => (r.parentId ?? null) === parentId).flatMap((r) => [{ ...r, depth }, ...treeOrder(records, r.id, depth + 1)]);
}
/** "All warehouses" / "All categories" shown as the choice (an empty value is otherwise a blank select). */
const ALL_SHOWN = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

export function MetricsFilters({ query, onChange, warehouses = true, categories = true }: MetricsFiltersProps) {
  const translate = useTranslate();
  const warehouseNames = useNames('warehouses', warehouses);
  const categoryNames = useNames('categories', categories);
  const today = todayUtc();
  const preset = RANGE_PRESETS.find((p) => query.to === today && query.from === daysBefore(today, p.days))?.key ?? 'custom';
  const field = { size: 'small', sx: { minWidth: 150, flex: '1 1 150px' } } as const;
  return (
    <Card sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }} role="search" aria-label={translate('td.metrics.filters')}>
      <TextField
        {...field}
        select
        label={translate('td.metrics.range_label')}
        value={preset}
        onChange={(e) => {
          const chosen = RANGE_PRESETS.find((p) => p.key === e.target.value);
          if (chosen) onChange({ from: daysBefore(today, chosen.days), to: today, bucket: chosen.bucket });
        }}
      >
        {RANGE_PRESETS.map((p) => (
          <MenuItem key={p.key} value={p.key}>
            {translate(`td.metrics.preset.${p.key}`)}
          </MenuItem>
        ))}
        <MenuItem value="custom" disabled>
          {translate('td.metrics.preset.custom')}
        </MenuItem>
      </TextField>
      <Box sx={{ display: 'flex', gap: 1, flex: '2 1 300px' }}>
        {(['from', 'to'] as const).map((key) => (
          <TextField
            key={key}
            {...field}
            type="date"
            label={translate(`td.metrics.${key}`)}
            value={query[key]}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
            onChange={(e) => {
              if (rangeProblem(e.target.value, e.target.value, 'day') === null) onChange({ [key]: e.target.value });
            }}
          />
        ))}
      </Box>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={query.bucket}
        aria-label={translate('td.metrics.bucket')}
        onChange={(_, value: MetricBucket | null) => value && onChange({ bucket: value })}
      >
        {METRIC_BUCKETS.map((b) => (
          <ToggleButton key={b} value={b} disabled={rangeProblem(query.from, query.to, b) !== null} sx={{ px: 2 }}>
            {translate(`td.metrics.bucket_${b}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {warehouses && (
        <TextField
          {...field}
          select
          label={translate('td.metrics.warehouse')}
          slotProps={ALL_SHOWN}
          value={query.warehouseId ?? ALL}
          onChange={(e) => onChange({ warehouseId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <MenuItem value={ALL}>{translate('td.metrics.all_warehouses')}</MenuItem>
          {warehouseNames.records.map((w) => (
            <MenuItem key={w.id} value={w.id}>
              {warehouseNames.name(w.id)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {categories && (
        <TextField
          {...field}
          select
          label={translate('td.metrics.category')}
          slotProps={ALL_SHOWN}
          value={query.categoryId ?? ALL}
          onChange={(e) => onChange({ categoryId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <MenuItem value={ALL}>{translate('td.metrics.all_categories')}</MenuItem>
          {treeOrder(categoryNames.records as Tree[]).map((c) => (
            <MenuItem key={c.id} value={c.id} sx={{ pl: 2 + 2 * c.depth }}>
              {categoryNames.name(c.id)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Card>
  );
}
