/** `npm start`: build the SPA if needed, migrate, seed an empty demo database, serve on one port. */
import { loadConfig } from './config';
import { createLogger } from './logger';
import { demoPasswordAccounts, startServer } from './server';
import { DIST, ensureSpaBuilt } from './spa-build';
import { DEMO_EMAILS, demoSignInLines } from './demo-accounts';

async function main() {
  const config = loadConfig();
  const log = createLogger();
  if (process.env.SKIP_SPA_BUILD !== '1') ensureSpaBuilt();
  const started = startServer({ ...config, log, spaDir: process.env.SKIP_SPA_BUILD === '1' ? undefined : DIST });
  // Listening from before start-up ends: a stop requested meanwhile waits for the start, then shuts down gracefully.
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing the requests in flight, then stopping the jobs and closing the database');
    const running = await started.catch(() => null);
    await running?.close();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  const running = await started;
  const lines = [
    '',
    `Trustdesk is running at ${running.url.replace('localhost', '127.0.0.1').replace(/:(\d+)$/, `:${config.port || '$1'}`)}`,
    `Database: ${running.db.describe}${running.seeded ? ' (new demo data)' : ''}`,
    // Only accounts that still have the demo password are shown with it; never in production (which refuses to start with any).
    ...(config.production ? [] : await demoSignInLines(running.db.knex, await demoPasswordAccounts(running.db, DEMO_EMAILS))),
  ];
  console.log(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  console.error(`Trustdesk could not start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
