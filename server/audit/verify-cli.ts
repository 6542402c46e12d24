/**
 * `npm run audit:verify [-- --expect <id>:<hash>]`: walk the whole audit chain with the audit key,
 * check it still reaches the checkpoint (and the head an operator kept elsewhere, if given), move
 * the checkpoint to the verified head and print that head. Exit code 2 when anything is broken.
 */
import { parseArgs } from 'node:util';
import { openCliContext } from '../cli-context';
import { anchorProblem } from './chain';
import { checkAndAdvance } from './checkpoint';

const { values } = parseArgs({ options: { expect: { type: 'string' } } });
const { config, db } = openCliContext();
try {
  const kept = values.expect ? /^(\d+):([0-9a-f]{64})$/.exec(values.expect) : null;
  if (values.expect && !kept) throw new Error('--expect takes <id>:<hash>, as printed by an earlier run');
  const { chain, checkpoint, advanced } = await checkAndAdvance(db.reader, config.auditCheckpoint, { full: true });
  const keptProblem = kept && chain.brokenAt == null ? await anchorProblem(db.reader, { id: Number(kept[1]), hash: kept[2] }) : null;
  const where = `checkpoint ${config.auditCheckpoint}`;
  if (chain.brokenAt != null || keptProblem) {
    const at = chain.brokenAt ?? Number(kept![1]);
    console.error(`Audit chain BROKEN at entry ${at}: ${chain.reason ?? keptProblem} (${chain.checked} entries before it are intact)`);
    if (checkpoint) console.error(`The ${where} still records entry ${checkpoint.id} (${checkpoint.hash}), checkpointed at ${checkpoint.at}.`);
    process.exitCode = 2;
  } else {
    console.log(`Audit chain intact: ${chain.checked} entries verified in ${db.describe}`);
    if (checkpoint) console.log(`It reaches the ${where}: entry ${checkpoint.id}, checkpointed at ${checkpoint.at}.`);
    if (advanced) console.log(`The checkpoint now records entry ${advanced.id}.`);
    if (chain.head) {
      console.log(`Head: entry ${chain.head.id}, hash ${chain.head.hash}`);
      console.log(`Keep it elsewhere; later, check the log still reaches it: npm run audit:verify -- --expect ${chain.head.id}:${chain.head.hash}`);
    }
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
