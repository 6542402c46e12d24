import { useGetIdentity } from 'react-admin';
import type { Actor } from '../../domain/staff';

/** The signed-in user as the case workflow rules see them (`{ id, role }`), once the identity is loaded. */
export function useActor(): Actor | undefined {
  const { identity } = useGetIdentity();
  return identity ? { id: Number(identity.id), role: identity.role } : undefined;
}
