import type { AuthProvider } from 'react-admin';
import { HttpError } from 'react-admin';
import { canAccess } from '../../domain/roles';
import type { StaffUser } from '../../domain/staff';
import { hasSessionHint, setSessionHint } from './sessionHint';

// The signed-in user, read from /api/auth/me once per page load (the session itself is an httpOnly cookie).
let current: Promise<StaffUser | null> | null = null;

async function request(path: string, init?: RequestInit) {
  return fetch(`/api/auth/${path}`, {
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

async function fetchCurrentUser(): Promise<StaffUser | null> {
  try {
    const res = await request('me');
    if (res.ok) return (await res.json()) as StaffUser;
    if (res.status === 401) setSessionHint(false);
    return null;
  } catch {
    return null; // offline: not signed in as far as this page can tell; asked again next time
  }
}

/** Who is signed in; asks the server only when this browser signed in (see ./sessionHint). */
function getCurrentUser(): Promise<StaffUser | null> {
  if (!current && !hasSessionHint()) return Promise.resolve(null);
  current ??= fetchCurrentUser();
  return current;
}

const onLoginPage = () => window.location.hash.startsWith('#/login');

/**
 * A signed-out visitor already sent to the login page is not told "signed out" again: react-admin's
 * requireAuth would redirect once more, and when the answer needs no request it does so before the
 * login page has rendered, in a loop (marmelab/react-admin#10764). The question stays open until
 * whoever asked goes away (react-query aborts its request); the login form itself needs no answer.
 */
function stayUnanswered(signal?: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

function signedOut() {
  setSessionHint(false);
  current = null;
}

export const authProvider: AuthProvider = {
  async login({ username, email, password }) {
    const res = await request('login', { method: 'POST', body: JSON.stringify({ email: email ?? username, password }) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new HttpError(body.message ?? 'Sign-in failed', res.status, body);
    setSessionHint(true);
    current = Promise.resolve(body.user as StaffUser);
  },
  async logout() {
    const signedIn = current && (await current);
    signedOut();
    if (signedIn) await request('logout', { method: 'POST' }).catch(() => undefined);
  },
  async checkAuth(params) {
    if (await getCurrentUser()) return;
    current = null;
    if (onLoginPage()) return stayUnanswered(params?.signal);
    throw new Error('Not signed in');
  },
  async checkError(error) {
    if (error?.status === 401) {
      signedOut();
      throw new Error('Session expired');
    }
    // 403 and others: stay signed in, the page shows the message.
  },
  /** The identity is the signed-in StaffUser, plus react-admin's `fullName`. */
  async getIdentity() {
    const user = await getCurrentUser();
    if (!user) throw new Error('Not signed in');
    return { ...user, fullName: user.name };
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
