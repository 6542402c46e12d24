/** `npm start`: build the SPA if needed, migrate, seed an empty demo database, serve on one port. */
import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';
import { DIST, ensureSpaBuilt } from './spa-build';
import { demoSignInLines } from './demo-accounts';

async function main() {
  const config = loadConfig();
  const log = createLogger();
  if (process.env.SKIP_SPA_BUILD !== '1') ensureSpaBuilt();
  const running = await startServer({ ...config, log, spaDir: process.env.SKIP_SPA_BUILD === '1' ? undefined : DIST });
  const lines = [
    '',
    `Trustdesk is running at ${running.url.replace('localhost', '127.0.0.1').replace(/:(\d+)$/, `:${config.port || '$1'}`)}`,
    `Database: ${running.db.describe}${running.seeded ? ' (new demo data)' : ''}`,
    ...(await demoSignInLines(running.db.knex)),
  ];
  console.log(lines.join('\n') + '\n');

  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(`Trustdesk could not start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
