/** Names for the ids and codes the metrics carry (warehouses, categories, violation types, staff), in the reader's language. */
import { useGetList, useLocaleState } from 'react-admin';
import { localizedName, type Named } from '../../domain/reference';

type NamedRecord = Named & { id: number; code?: string };

/** `name(id)` and `byCode(code)` for a reference resource; an unknown one reads as its id or code. */
export function useNames(resource: 'warehouses' | 'categories' | 'violation-types' | 'users', enabled = true) {
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<NamedRecord>(
    resource,
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' } },
    { enabled, staleTime: 5 * 60_000 },
  );
  const text = (record: NamedRecord) => localizedName(record, locale) || record.code || `#${record.id}`;
  const byId = new Map(data.map((r) => [r.id, text(r)]));
  const byCode = new Map(data.filter((r) => r.code).map((r) => [r.code as string, text(r)]));
  return {
    records: data,
    isPending,
    name: (id: number | null | undefined) => (id == null ? '' : (byId.get(id) ?? `#${id}`)),
    codeName: (code: string) => byCode.get(code) ?? code,
    /** The record's short code (warehouses: `PY`), else its name. */
    codeOf: (id: number) => data.find((r) => r.id === id)?.code ?? byId.get(id) ?? `#${id}`,
  };
}
