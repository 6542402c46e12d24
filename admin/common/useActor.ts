import { useGetIdentity } from 'react-admin';
import type { Actor, StaffUser } from '../../domain/staff';

/** The signed-in staff member (the identity is the StaffUser from /api/auth/me), once loaded. */
export function useStaffUser(): StaffUser | undefined {
  const { identity } = useGetIdentity();
  return identity as StaffUser | undefined;
}

/** The signed-in user as the domain's record-level rules see them (`{ id, role }`). */
export function useActor(): Actor | undefined {
  const user = useStaffUser();
  return user ? { id: user.id, role: user.role } : undefined;
}
