/** Writes the demo history's audit entries: every change in time order, hash-chained after whatever the log holds. */
import type { Knex } from 'knex';
import { chainedRow, GENESIS_HASH } from '../../server/audit/audit';
import { insertChunked } from '../insert';
import type { Change } from './change';

export async function writeAuditTrail(trx: Knex.Transaction, changes: Change[]): Promise<number> {
  const last = await trx('auditLog').orderBy('id', 'desc').first('hash');
  let prevHash: string = last?.hash ?? GENESIS_HASH;
  const rows: ReturnType<typeof chainedRow>[] = [];
  // A stable sort: changes at the same moment keep the order they were listed in (setup before use).
  const inTimeOrder = [...changes].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const change of inTimeOrder) {
    for (const e of change.entries()) {
      const row = chainedRow(prevHash, e, change.at);
      rows.push(row);
      prevHash = row.hash;
    }
  }
  await insertChunked(trx, 'auditLog', rows);
  return rows.length;
}
