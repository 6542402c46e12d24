/**
 * `npm run user:create -- --email a@b.c --name "Name" --role reviewer [--warehouse PY]`
 * Adds a real staff account. The password is read from TRUSTDESK_PASSWORD or asked for (not echoed).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openCliContext } from '../cli-context';
import { migrateLatest } from '../db';
import { fieldErrors, invalidInput } from '../http/errors';
import { createUserSchema } from './schema';
import { insertUser } from './service';

async function askPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Set TRUSTDESK_PASSWORD or run in a terminal to type the password');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  let prompted = false;
  output._writeToOutput = (s: string) => {
    if (!prompted) {
      process.stdout.write(s);
      prompted = true;
    }
  };
  return new Promise((resolve) =>
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, warehouse: { type: 'string' } },
});
const { db } = openCliContext();
try {
  await migrateLatest(db);
  const warehouse = values.warehouse
    ? await db
        .knex('warehouses')
        .where({ code: values.warehouse })
        .orWhere({ id: Number(values.warehouse) || 0 })
        .first('id')
    : null;
  if (values.warehouse && !warehouse) throw new Error(`No warehouse with code or id "${values.warehouse}"`);
  const password = process.env.TRUSTDESK_PASSWORD ?? (await askPassword('Password (at least 10 characters): '));
  const parsed = createUserSchema.safeParse({ email: values.email, name: values.name, role: values.role, warehouseId: warehouse?.id ?? null, password });
  if (!parsed.success) throw new Error(invalidInput(fieldErrors(parsed.error)).message);
  const user = await db.knex.transaction((trx) => insertUser({ trx, actor: null, ip: 'cli' }, parsed.data));
  console.log(`Created ${user.role} ${user.email} (id ${user.id}) in ${db.describe}`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
