import type { AuthProvider } from 'react-admin';
import { HttpError } from 'react-admin';
import { canAccess } from '../../domain/roles';
import type { StaffUser } from '../../domain/staff';

export type { StaffUser };

// The signed-in user, read from /api/auth/me once per page load (the session itself is an httpOnly cookie).
let current: Promise<StaffUser | null> | null = null;

async function request(path: string, init?: RequestInit) {
  return fetch(`/api/auth/${path}`, {
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

export function getCurrentUser(): Promise<StaffUser | null> {
  current ??= request('me')
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
  return current;
}

export const authProvider: AuthProvider = {
  async login({ username, email, password }) {
    const res = await request('login', { method: 'POST', body: JSON.stringify({ email: email ?? username, password }) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new HttpError(body.message ?? 'Sign-in failed', res.status, body);
    current = Promise.resolve(body.user as StaffUser);
  },
  async logout() {
    const signedIn = current && (await current);
    current = Promise.resolve(null);
    if (signedIn) await request('logout', { method: 'POST' }).catch(() => undefined);
  },
  async checkAuth() {
    if (!(await getCurrentUser())) {
      current = null;
      throw new Error('Not signed in');
    }
  },
  async checkError(error) {
    if (error?.status === 401) {
      current = null;
      throw new Error('Session expired');
    }
    // 403 and others: stay signed in, the page shows the message.
  },
  async getIdentity() {
    const user = await getCurrentUser();
    if (!user) throw new Error('Not signed in');
    return { id: user.id, fullName: user.name, email: user.email, role: user.role, warehouseId: user.warehouseId };
  },
  async getPermissions() {
    // Yield once before answering: resolved in the same tick, react-admin's requireAuth logout
    // redirect re-mounts in a loop for a signed-out visitor (marmelab/react-admin#10764).
    await new Promise((resolve) => setTimeout(resolve, 0));
    return (await getCurrentUser())?.role ?? null;
  },
  async canAccess({ action, resource }) {
    return canAccess((await getCurrentUser())?.role, { action, resource });
  },
};
