/**
 * A non-secret hint that this browser holds a session: set at sign-in, cleared at sign-out and on
 * a 401. The session itself is an httpOnly cookie the SPA cannot see; without the hint the SPA does
 * not ask the server who is signed in, so a signed-out visitor's login page makes no failing request.
 */
const KEY = 'trustdesk.signedIn';

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true; // no storage (private mode): ask the server, as without the hint
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // no storage: the server's answer decides
  }
}
