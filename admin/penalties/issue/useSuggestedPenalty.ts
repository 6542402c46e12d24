import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { TrustdeskDataProvider } from '../../providers/dataProvider';

/**
 * The penalty policy applied to the merchant's history and the cases the penalty would cite
 * (GET /api/merchants/<id>/suggested-penalty?caseIds=…). Asked afresh at each opening (`gcTime: 0`):
 * the window moves with the clock, and the form starts from the answer.
 */
export function useSuggestedPenalty(merchantId: number, caseIds: number[]) {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  return useQuery({
    queryKey: ['merchants', 'suggestedPenalty', { merchantId, caseIds }],
    queryFn: async () => (await dataProvider.suggestedPenalty(merchantId, caseIds)).data,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}
