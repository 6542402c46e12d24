/** The metrics sections through the data provider (react-query caches them; a picker change keeps the old charts until the new answer). */
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { isoDay } from '../../domain/metrics';
import type { MetricsParams, TrustdeskDataProvider } from '../providers/dataProvider';
import type { EnforcementMetrics, HeadlineFigures, WarehouseMetrics } from './types';

export function useMetrics(section: 'warehouses', params: MetricsParams, enabled?: boolean): UseQueryResult<WarehouseMetrics, Error>;
export function useMetrics(section: 'enforcement', params: MetricsParams, enabled?: boolean): UseQueryResult<EnforcementMetrics, Error>;
export function useMetrics(section: 'headline', params: MetricsParams, enabled?: boolean): UseQueryResult<HeadlineFigures, Error>;
export function useMetrics(section: string, params: MetricsParams, enabled = true): UseQueryResult<unknown, Error> {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  return useQuery<unknown, Error>({
    queryKey: ['metrics', section, params],
    queryFn: () => dataProvider.getMetrics(section, params).then((r) => r.data),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 60_000,
  });
}

/** Today's date in UTC, the calendar the buckets use. */
export const todayUtc = () => isoDay(new Date());
