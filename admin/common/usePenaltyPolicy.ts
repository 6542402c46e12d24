/** The penalty policy in force and the violation types it prices by code (points live only in the policy). */
import { useGetList, useGetOne } from 'react-admin';
import type { PolicyRecord } from '../../domain/policy';
import type { ViolationTypeRecord } from '../../domain/reference';
import { useLocalizedName } from './localizedName';

/** `GET /api/penalty-policies/current`; only roles that may read the policy ask (`enabled`). */
export function useCurrentPolicy({ enabled = true }: { enabled?: boolean } = {}) {
  // `current` is the server's name for the newest version; the record answered carries its own id.
  const { data, isPending, error } = useGetOne<PolicyRecord>('penalty-policies', { id: 'current' as unknown as number }, { enabled });
  return { policy: data, isPending: enabled && isPending, error };
}

/** Violation types, with their names in the chosen language by code (policies and suggestions name them by code). */
export function useViolationTypes() {
  const name = useLocalizedName();
  const { data = [], isPending } = useGetList<ViolationTypeRecord>('violation-types', {
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const nameOf = (code: string) => name(data.find((t) => t.code === code)) || code;
  return { types: data, nameOf, isPending };
}
