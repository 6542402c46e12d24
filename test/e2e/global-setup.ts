import { existsSync } from 'node:fs';
import { ensureSpaBuilt } from '../../server/spa-build';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Once per run: a browser to drive and an up-to-date SPA build for the real server to serve. */
export default function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests drive Debian's Chromium at ${CHROMIUM}, which is missing. Install it with: apt-get install -y chromium`);
  }
  ensureSpaBuilt();
}
