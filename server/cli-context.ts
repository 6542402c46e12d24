import { setAuditKey } from './audit/chain';
import { loadConfig, type Config } from './config';
import { createDatabase, type Database } from './db';

/** What every command-line tool starts from: the configuration, its audit key in use, and the database. */
export function openCliContext(): { config: Config; db: Database } {
  const config = loadConfig();
  setAuditKey(config.auditKey);
  return { config, db: createDatabase({ url: config.databaseUrl }) };
}
