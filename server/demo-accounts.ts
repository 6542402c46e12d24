/** The demo sign-ins `npm start` prints: every seeded demo account still on the demo password, in the seed's order. */
import type { Knex } from 'knex';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seeds';

export const DEMO_EMAILS = DEMO_ACCOUNTS.map((a) => a.email);

/** `onDemoPassword`: the accounts that still have the demo password (an account whose password changed is not shown). */
export async function demoSignInLines(knex: Knex, onDemoPassword: string[] = DEMO_EMAILS): Promise<string[]> {
  const rows: { email: string; role: string; warehouse: string | null }[] = await knex('users')
    .leftJoin('warehouses', 'warehouses.id', 'users.warehouseId')
    .whereIn(
      'users.email',
      DEMO_EMAILS.filter((email) => onDemoPassword.includes(email)),
    )
    .select('users.email', 'users.role', 'warehouses.name as warehouse');
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const present = DEMO_ACCOUNTS.flatMap((a) => byEmail.get(a.email) ?? []);
  if (!present.length) return [];
  const width = Math.max(...present.map((r) => r.email.length)) + 2;
  return [`Demo sign-in (password "${DEMO_PASSWORD}"):`, ...present.map((r) => `  ${r.email.padEnd(width)}${r.role}${r.warehouse ? `, ${r.warehouse}` : ''}`)];
}
