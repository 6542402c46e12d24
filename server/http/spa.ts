import express, { type Express } from 'express';
import { join } from 'node:path';

/** The built SPA: hashed assets cached for good, index.html never (so a new build is picked up). */
export function serveSpa(app: Express, dir: string): void {
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dir, { index: false, maxAge: 0 }));
  app.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/')) return next();
    res.set('Cache-Control', 'no-cache').sendFile(join(dir, 'index.html'));
  });
}
