import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Browser-side defences on every answer. Images load from this server (and data:/blob: previews)
 * only: evidence links point anywhere, and an <img> of a third-party URL would tell that site who
 * on the staff looked at the case and when. Hosts an operator trusts are named in
 * EVIDENCE_IMAGE_HOSTS (config.ts). Powerful browser features are switched off outright.
 */
export function securityHeaders(opts: { production: boolean; imageHosts: string[] }): RequestHandler[] {
  const csp = helmet({
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:', ...opts.imageHosts.map((host) => `https://${host}`)],
        'style-src': ["'self'", "'unsafe-inline'"], // MUI/emotion inject styles at run time
        'upgrade-insecure-requests': null,
      },
    },
    hsts: opts.production,
  });
  const permissions: RequestHandler = (_req, res, next) => {
    res.set('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  };
  return [csp, permissions];
}

export const PERMISSIONS_POLICY = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ');

const HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/** EVIDENCE_IMAGE_HOSTS: comma-separated host names (`img.example.com`, `*.cdn.example.org`), https only. */
export function parseImageHosts(value: string | undefined): string[] {
  const hosts = (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.filter((h) => !HOST.test(h));
  if (bad.length) throw new Error(`EVIDENCE_IMAGE_HOSTS takes host names only (no scheme or path): ${bad.join(', ')}`);
  return hosts;
}
