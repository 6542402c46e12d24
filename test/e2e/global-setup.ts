import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, ensureSpaBuilt } from '../../server/spa-build';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

/** React's development build in dist/: not what `npm start` should serve, nor what the journeys should drive. */
function isDevelopmentBuild(): boolean {
  const assets = join(DIST, 'assets');
  return existsSync(assets) && readdirSync(assets).some((name) => name.startsWith('jsx-dev-runtime'));
}

/** Once per run: a browser to drive and an up-to-date production build of the SPA for the real server to serve. */
export default function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests drive Debian's Chromium at ${CHROMIUM}, which is missing. Install it with: apt-get install -y chromium`);
  }
  // Failure screenshots of an earlier run would mislead: only this run's stay.
  if (existsSync(ARTIFACTS)) {
    for (const name of readdirSync(ARTIFACTS)) if (name.includes('-FAILED-')) rmSync(join(ARTIFACTS, name));
  }
  // A development bundle left by an older build script would look up to date: rebuild it.
  if (isDevelopmentBuild()) rmSync(join(DIST, 'index.html'));
  ensureSpaBuilt();
  if (isDevelopmentBuild()) throw new Error('dist/ still holds a development build of the SPA');
}
