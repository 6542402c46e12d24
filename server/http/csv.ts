/**
 * `GET /api/<resource>?format=csv&sort=…&filter=…`: every matching row (no page limit), one line
 * per record, streamed in batches so a large export never sits in memory. Reference ids get a
 * readable column beside them (the merchant's nickname, the category's name in the asked
 * `locale`), lists and evidence are joined into one cell.
 */
import type { Response } from 'express';
import type { Knex } from 'knex';
import type { Database } from '../db';
import { toRecords, type JsonRecord, type RecordShape } from './shape';

const BATCH = 1000;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
function csvCell(value: unknown): string {
  if (value == null) return '';
  let text = Array.isArray(value) ? value.map(flatten).join(' | ') : typeof value === 'object' ? flatten(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function flatten(item: unknown): string {
  if (item == null || typeof item !== 'object') return String(item ?? '');
  const o = item as Record<string, unknown>;
  // Evidence items and the like: their text and link, not "[object Object]".
  const parts = [o.text, o.url].filter((v) => typeof v === 'string' && v);
  return parts.length ? parts.join(' ') : JSON.stringify(item);
}

/** `merchantId` → `merchant`, `assigneeId` → `assignee`. */
const labelColumn = (field: string) => field.replace(/Id$/, '');

async function labelsFor(knex: Knex, spec: { table: string; label: string }, ids: unknown[], locale: string): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((v) => v != null).map(Number))];
  if (!wanted.length) return new Map();
  const zh = locale.startsWith('zh') && spec.label === 'name' && spec.table !== 'users';
  const rows: JsonRecord[] = await knex(spec.table)
    .whereIn('id', wanted)
    .select('id', spec.label, ...(zh ? ['nameZh'] : []));
  return new Map(rows.map((r) => [Number(r.id), String((zh && r.nameZh) || r[spec.label] || '')]));
}

export async function writeCsv(res: Response, opts: { db: Database; shape: RecordShape; page: () => Knex.QueryBuilder; now: Date; locale: string }) {
  const { db, shape, now } = opts;
  const fields = Object.keys(shape.fields);
  const refs = fields.filter((f) => shape.fields[f].ref);
  const header = fields.flatMap((f) => (shape.fields[f].ref ? [f, labelColumn(f)] : [f]));
  const stamp = now.toISOString().slice(0, 10);
  res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${shape.name}-${stamp}.csv"` });
  // A byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
  const send = (text: string) => (res.write(text) ? Promise.resolve() : new Promise<void>((resolve) => res.once('drain', resolve)));
  await send(`\uFEFF${header.join(',')}\r\n`);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await opts.page().offset(offset).limit(BATCH);
    if (!rows.length) break;
    const records = await toRecords(db.reader, shape, rows, now);
    const labels = new Map(
      await Promise.all(
        refs.map(
          async (f) =>
            [
              f,
              await labelsFor(
                db.reader,
                shape.fields[f].ref!,
                records.map((r) => r[f]),
                opts.locale,
              ),
            ] as const,
        ),
      ),
    );
    const lines = records.map((r) =>
      fields
        .flatMap((f) => {
          const cell = csvCell(r[f]);
          return shape.fields[f].ref ? [cell, csvCell(r[f] == null ? null : labels.get(f)!.get(Number(r[f])))] : [cell];
        })
        .join(','),
    );
    await send(`${lines.join('\r\n')}\r\n`);
    if (rows.length < BATCH) break;
  }
  res.end();
}

/**
 * A computed table (the metrics) as CSV, columns in the order given; a reference column gets its
 * readable name beside it, as in the list exports. Nested objects (`penalties: { fine: 3 }`) become
 * one column per key (`penalties.fine`).
 */
export async function writeTableCsv(
  res: Response,
  opts: { knex: Knex; name: string; rows: Record<string, unknown>[]; refs?: Record<string, { table: string; label: string }>; locale: string; stamp: string },
) {
  const flat = opts.rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as Record<string, unknown>).map(([sub, x]) => [`${k}.${sub}`, x]) : [[k, v]],
      ),
    ),
  );
  const fields = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const refs = opts.refs ?? {};
  const labels = new Map<string, Map<number, string>>();
  for (const f of fields.filter((f) => refs[f]))
    labels.set(
      f,
      await labelsFor(
        opts.knex,
        refs[f],
        flat.map((r) => r[f]),
        opts.locale,
      ),
    );
  const header = fields.flatMap((f) => (refs[f] ? [f, labelColumn(f)] : [f]));
  const lines = flat.map((r) =>
    fields.flatMap((f) => (refs[f] ? [csvCell(r[f]), csvCell(r[f] == null ? null : labels.get(f)!.get(Number(r[f])))] : [csvCell(r[f])])).join(','),
  );
  res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${opts.name}-${opts.stamp}.csv"` });
  res.send(`\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`);
}
