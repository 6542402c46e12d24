import { useGetList } from 'react-admin';
import { useLocalizedName, type Named } from '../i18n/localizedName';
import type { PolicyRecord } from './types';

/** The version in force: the newest. */
export function useCurrentPolicy() {
  const { data, isPending, error } = useGetList<PolicyRecord>('penalty-policies', {
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  return { policy: data?.[0], isPending, error };
}

export interface ViolationTypeRecord extends Named {
  id: number;
  code: string;
  severity: string;
}

/** Violation types, with their names in the chosen language by code (policies refer to them by code). */
export function useViolationTypes() {
  const name = useLocalizedName();
  const { data = [], isPending } = useGetList<ViolationTypeRecord>('violation-types', {
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const nameOf = (code: string) => name(data.find((t) => t.code === code)) || code;
  return { types: data, nameOf, isPending };
}
