/**
 * The warehouse panel (SPEC §5): figures over the range, throughput, the failure-rate p-chart,
 * turnaround, and — across warehouses — the failure-reason Pareto and the funnel plot.
 */
import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { funnelView, materialRows, paretoBars } from './analysis';
import { ControlChart } from './ControlChart';
import { Figure, FigureRow } from './Figure';
import { formatCount, formatDay, formatPercent, rateWithN } from './format';
import { FunnelChart } from './FunnelChart';
import { MaterialMatrix } from './MaterialMatrix';
import { MetricsCard } from './MetricsCard';
import { ParetoChart } from './ParetoChart';
import { apiParams, bucketsOf, type MetricsQuery, warehouseBucket } from './query';
import { ThroughputChart } from './ThroughputChart';
import { TurnaroundChart } from './TurnaroundChart';
import { useMetrics } from './useMetrics';
import { useNames } from './useNames';
import { panelSeries, rangeTotals } from './warehouseSeries';

interface WarehousePanelProps {
  query: MetricsQuery;
  /** Compare warehouses (the funnel plot): not for an inspector, who reads their own only. */
  compare?: boolean;
}

export function WarehousePanel({ query, compare = true }: WarehousePanelProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const params = apiParams(query, 'warehouses');
  const kind = warehouseBucket(query.bucket);
  const result = useMetrics('warehouses', params);
  // The funnel compares every warehouse, whichever one the charts show.
  const { warehouseId: _, ...everyWarehouse } = params;
  const all = useMetrics('warehouses', everyWarehouse, compare && !!query.warehouseId);
  const comparison = query.warehouseId ? all : result;
  const warehouses = useNames('warehouses');
  const reasons = useNames('violation-types');
  const rows = result.data?.rows ?? [];
  const buckets = bucketsOf(query, kind);
  const points = panelSeries(rows, query.warehouseId, buckets);
  const totals = rangeTotals(points);
  const state = { isPending: result.isPending, isFetching: result.isFetching, error: result.error, refetch: result.refetch };
  const csv = { section: 'warehouses', params };
  const noInspections = !totals.inspected && !totals.received && 'td.metrics.empty_inspections';
  const pareto = paretoBars(result.data?.pareto ?? []);
  const funnel = funnelView(comparison.data?.funnel ?? []);
  const materials = materialRows(result.data?.materialMatrix ?? []);
  const scope = query.warehouseId ? warehouses.name(query.warehouseId) : translate('td.metrics.all_warehouses');
  const range = translate('td.metrics.range', { from: formatDay(query.from, locale), to: formatDay(query.to, locale) });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <FigureRow>
        <Figure label={translate('td.metrics.received')} value={formatCount(totals.received, locale)} detail={scope} isPending={result.isPending} />
        <Figure label={translate('td.metrics.inspected')} value={formatCount(totals.inspected, locale)} detail={range} isPending={result.isPending} />
        <Figure
          label={translate('td.metrics.failure_rate')}
          value={formatPercent(totals.failureRate, locale)}
          detail={rateWithN(totals.failed, totals.inspected, locale, translate)}
          isPending={result.isPending}
        />
        <Figure
          label={translate('td.metrics.out_of_control_buckets')}
          value={formatCount(totals.outOfControl, locale)}
          detail={translate('td.metrics.of_buckets', { smart_count: points.filter((p) => p.inspected > 0).length })}
          alert={totals.outOfControl > 0}
          isPending={result.isPending}
        />
      </FigureRow>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <MetricsCard title="td.metrics.throughput" subheader={scope} state={state} empty={noInspections} csv={csv} height={240}>
          <ThroughputChart points={points} kind={kind} />
        </MetricsCard>
        <MetricsCard
          title="td.metrics.failure_rate_chart"
          subheader={translate(query.warehouseId ? 'td.metrics.pchart_hint' : 'td.metrics.pchart_hint_network')}
          state={state}
          empty={!totals.inspected && 'td.metrics.empty_inspections'}
          height={260}
        >
          <ControlChart points={points} kind={kind} />
        </MetricsCard>
        <MetricsCard
          title="td.metrics.turnaround"
          subheader={translate('td.metrics.turnaround_hint')}
          state={state}
          empty={!totals.inspected && 'td.metrics.empty_inspections'}
        >
          {query.warehouseId ? (
            <TurnaroundChart kind={kind} points={points} warehouseName={warehouses.name} />
          ) : (
            <TurnaroundChart kind={kind} rows={rows} buckets={buckets} warehouseName={warehouses.name} />
          )}
        </MetricsCard>
        <MetricsCard
          title="td.metrics.pareto"
          subheader={translate('td.metrics.pareto_hint')}
          state={state}
          empty={!pareto.length && 'td.metrics.empty_failures'}
        >
          <ParetoChart bars={pareto} reasonName={reasons.codeName} />
        </MetricsCard>
        {compare && (
          <MetricsCard
            title="td.metrics.funnel"
            subheader={translate('td.metrics.funnel_hint')}
            state={{ isPending: comparison.isPending, isFetching: comparison.isFetching, error: comparison.error, refetch: comparison.refetch }}
            empty={!funnel.points.length && 'td.metrics.empty_inspections'}
          >
            <FunnelChart view={funnel} warehouseName={warehouses.name} warehouseCode={warehouses.codeOf} highlight={query.warehouseId} />
          </MetricsCard>
        )}
        <MetricsCard
          title="td.metrics.material_matrix"
          subheader={translate('td.metrics.material_matrix_hint')}
          state={state}
          empty={!materials.length && 'td.metrics.empty_inspections'}
          height={160}
          flex="1 1 100%"
        >
          <MaterialMatrix rows={materials} />
        </MetricsCard>
      </Box>
    </Box>
  );
}
