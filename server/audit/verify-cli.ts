/** `npm run audit:verify`: walk the audit hash chain and report the first broken link. */
import { loadConfig } from '../config';
import { createDatabase } from '../db';
import { verifyChain } from './audit';

const db = createDatabase({ url: loadConfig().databaseUrl });
try {
  const result = await verifyChain(db.reader);
  if (result.brokenAt == null) {
    console.log(`Audit chain intact: ${result.checked} entries verified in ${db.describe}`);
  } else {
    console.error(`Audit chain BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.checked} entries before it are intact)`);
    process.exitCode = 2;
  }
} finally {
  await db.close();
}
