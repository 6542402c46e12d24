import { useEffect, useState } from 'react';
import { useGetMany } from 'react-admin';
import { API_URL, httpClient } from '../../providers/dataProvider';
import { SEVERITIES } from '../../../domain/cases';
import type { Suggestion } from '../types';

interface ViolationType {
  id: number;
  code: string;
  name: string;
  nameZh: string;
  severity: string;
  points: number;
}

const weight = (t: ViolationType) => SEVERITIES.indexOf(t.severity as never) * 10_000 + t.points;

/** The most severe violation type among the cited cases' (then the one worth more points): the ladder is asked about it. */
export function useMostSevereViolationType(violationTypeIds: number[]) {
  const ids = [...new Set(violationTypeIds)];
  const { data = [], isPending } = useGetMany<ViolationType>('violation-types', { ids }, { enabled: ids.length > 0 });
  const worst = data.reduce<ViolationType | undefined>((a, t) => (!a || weight(t) > weight(a) ? t : a), undefined);
  return { violationType: worst, isPending: ids.length > 0 && isPending };
}

interface State {
  data?: Suggestion;
  error?: Error;
  isPending: boolean;
}

/** GET /api/merchants/<id>/suggested-penalty: the penalty policy's ladder applied to the merchant's history. */
export function useSuggestedPenalty(merchantId: number, violationTypeId: number | undefined): State {
  const [state, setState] = useState<State>({ isPending: true });
  useEffect(() => {
    if (!violationTypeId) return;
    let live = true;
    setState({ isPending: true });
    const query = new URLSearchParams({ violationTypeId: String(violationTypeId) });
    httpClient(`${API_URL}/merchants/${encodeURIComponent(merchantId)}/suggested-penalty?${query}`).then(
      ({ json }) => live && setState({ data: json as Suggestion, isPending: false }),
      (error: Error) => live && setState({ error, isPending: false }),
    );
    return () => {
      live = false;
    };
  }, [merchantId, violationTypeId]);
  return state;
}
