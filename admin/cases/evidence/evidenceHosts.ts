/**
 * Which evidence the staff's browsers may fetch. Evidence URLs come from complaints, patrols and
 * merchants: loading any of them would tell a third party who looked, and when (and lets a
 * tracking pixel in). The SPA itself (same origin) is always allowed; other hosts only when listed
 * in EVIDENCE_IMAGE_HOSTS at build time (comma-separated host names, `*.example.com` for subdomains,
 * https only; empty by default). Anything else is shown as its link, fetched by nobody.
 */
export const parseHosts = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);

const hostMatches = (host: string, allowed: string) => (allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed);

/** Whether `url` may be fetched by a staff browser at `origin`. */
export function isLoadable(url: string | null | undefined, origin: string, allowedHosts: readonly string[]): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return false;
  }
  if (parsed.origin === origin) return true;
  return parsed.protocol === 'https:' && allowedHosts.some((allowed) => hostMatches(parsed.hostname.toLowerCase(), allowed));
}

/** The host a link points to, for saying where an unloaded file lives. */
export function hostOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}

const ALLOWED = parseHosts(import.meta.env.EVIDENCE_IMAGE_HOSTS);

/** `isLoadable` for this build's allow-list and this page's origin. */
export const mayLoad = (url: string | null | undefined) => isLoadable(url, window.location.origin, ALLOWED);
