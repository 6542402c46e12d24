/**
 * Run one workflow action on many cases (the bulk buttons of the queue): every selected case is
 * tried, with its own `version`; the outcome is counted and summarised in one notification.
 */
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useListContext, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import type { TrustdeskDataProvider } from '../providers/dataProvider';

export interface ManyOutcome {
  succeeded: number;
  failed: number;
  reasons: string[];
}

/** Runs `task` on every item (in parallel; the server serialises each case's compare-and-set). */
export async function runOnMany<T>(items: readonly T[], task: (item: T) => Promise<unknown>): Promise<ManyOutcome> {
  const results = await Promise.allSettled(items.map(task));
  const reasons = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason?.message ?? r.reason)] : []));
  return { succeeded: items.length - reasons.length, failed: reasons.length, reasons: [...new Set(reasons)] };
}

/** i18n keys of the summary: `done` and `failed` take %{smart_count}; `failed` also %{reason}; any extra args are passed on. */
export interface OutcomeMessages {
  done: string;
  failed: string;
  args?: Record<string, unknown>;
}

/** The selected records of the list, with their versions: from the loaded page, or fetched when selected on another page. */
export function useSelectedRecords<T extends RaRecord = RaRecord>() {
  const { data = [], selectedIds, resource } = useListContext<T>();
  const dataProvider = useDataProvider();
  return async (): Promise<T[]> => {
    const loaded = data.filter((r) => selectedIds.includes(r.id));
    const missing = selectedIds.filter((id) => !loaded.some((r) => r.id === id));
    if (!missing.length) return loaded;
    const { data: fetched } = await dataProvider.getMany<T>(resource, { ids: missing });
    return [...loaded, ...fetched];
  };
}

/** `run(data)` posts `action` with `{ ...data, version }` for each selected case, then notifies, refreshes and clears the selection. */
export function useBulkCaseAction(action: string) {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const { onUnselectItems } = useListContext();
  const selectedRecords = useSelectedRecords();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { mutateAsync, isPending } = useMutation({
    mutationFn: async (data: Record<string, unknown>) =>
      runOnMany(await selectedRecords(), (r) => dataProvider.action('cases', { id: r.id, action, data: { ...data, version: r.version } })),
  });

  const run = async (data: Record<string, unknown>, messages: OutcomeMessages) => {
    try {
      const outcome = await mutateAsync(data);
      const parts = [];
      if (outcome.succeeded) parts.push(translate(messages.done, { ...messages.args, smart_count: outcome.succeeded }));
      if (outcome.failed)
        parts.push(translate(messages.failed, { ...messages.args, smart_count: outcome.failed, reason: outcome.reasons.slice(0, 2).join(' · ') }));
      notify(parts.join(translate('td.cases.bulk.separator')), {
        type: !outcome.failed ? 'success' : outcome.succeeded ? 'warning' : 'error',
        multiLine: true,
        autoHideDuration: outcome.failed ? 10_000 : undefined,
      });
      onUnselectItems();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      refresh();
    }
  };
  return { run, isPending };
}
