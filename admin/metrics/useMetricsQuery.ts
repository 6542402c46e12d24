/** The metrics page's choices read from and written to the URL: each change is a history entry, so Back undoes it. */
import { useSearchParams } from 'react-router-dom';
import { parseQuery, serializeQuery, withChange, type MetricsQuery } from './query';
import { todayUtc } from './useMetrics';

export function useMetricsQuery(): [MetricsQuery, (change: Partial<MetricsQuery>) => void] {
  const [search, setSearch] = useSearchParams();
  const query = parseQuery(search, todayUtc());
  const change = (c: Partial<MetricsQuery>) => setSearch(serializeQuery(withChange(query, c)));
  return [query, change];
}
