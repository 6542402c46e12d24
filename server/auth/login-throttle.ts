/**
 * Failed sign-ins, counted so that they only ever hurt the guesser (OWASP ASVS 2.2.1):
 * - per address and account, `limit` wrong passwords → that address may not try that account
 *   again for the window (429);
 * - per address, 10 × `limit` (spraying many accounts) → that address may not sign in (429);
 * - per account from any address, beyond 5 × `limit` each further attempt waits a growing delay
 *   (from `slowdownMs`, doubling, at most 40 × it) — never refused: strangers elsewhere cannot lock
 *   a person out, and the right password from an address that is not itself limited signs in.
 * Only wrong passwords count; a refused attempt, a malformed body or a success never does. An
 * attempt is counted when it starts, so a burst of parallel guesses cannot slip past a limit, and
 * uncounted when it turns out not to be a wrong password.
 */
export interface LoginLimit {
  windowMs: number;
  limit: number;
  /** First delay once an account is under attack from many addresses (default 250 ms). */
  slowdownMs?: number;
}

interface Window {
  failures: number;
  resetAt: number;
}

export type Attempt = { refusedForMs: number } | { delayMs: number; settle(wrongPassword: boolean): void };

const MAX_KEYS = 100_000;

export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly opts: LoginLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Before the password is checked: refused, or go ahead after `delayMs` and `settle` with the outcome. */
  begin(address: string, email: string): Attempt {
    const keys = { address: `a ${address}`, pair: `p ${address} ${email}`, account: `e ${email}` };
    const { limit } = this.opts;
    const blocked = [this.window(keys.address, 10 * limit), this.window(keys.pair, limit)].filter((w) => w !== null);
    if (blocked.length) return { refusedForMs: Math.max(...blocked.map((w) => w.resetAt)) - this.now() };
    for (const key of Object.values(keys)) this.count(key, +1);
    const excess = (this.windows.get(keys.account)?.failures ?? 0) - 5 * limit;
    const base = this.opts.slowdownMs ?? 250;
    const delayMs = excess > 0 ? Math.min(base * 40, base * 2 ** (excess - 1)) : 0;
    return {
      delayMs,
      settle: (wrongPassword) => {
        if (!wrongPassword) for (const key of Object.values(keys)) this.count(key, -1);
      },
    };
  }

  /** The key's window if it has reached `max` failures, else null. */
  private window(key: string, max: number): Window | null {
    const w = this.current(key);
    return w && w.failures >= max ? w : null;
  }

  private current(key: string): Window | undefined {
    const w = this.windows.get(key);
    if (w && w.resetAt <= this.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private count(key: string, by: 1 | -1) {
    const w = this.current(key);
    if (w) w.failures = Math.max(0, w.failures + by);
    else if (by > 0) {
      if (this.windows.size >= MAX_KEYS) this.forgetOldest();
      this.windows.set(key, { failures: 1, resetAt: this.now() + this.opts.windowMs });
    }
  }

  /** Bounded memory under a flood of addresses: expired windows go first, then the oldest. */
  private forgetOldest() {
    for (const key of [...this.windows.keys()]) this.current(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS * 0.9) break;
      this.windows.delete(key);
    }
  }
}
