/**
 * Run one workflow action (POST /api/<resource>/<id>/<action>) on the record in context, then
 * refresh the page. A 409 (someone else changed the record, or the move is no longer allowed)
 * shows the server's message (in the reader's language) and reloads, so the page shows what is true now.
 */
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh, type HttpError, type RaRecord } from 'react-admin';
import type { ActionParams, TrustdeskDataProvider } from '../providers/dataProvider';

export interface RecordActionRequest {
  action: string;
  data?: Record<string, unknown>;
  /** i18n key of the success notification; receives %{id} and `messageArgs`. */
  success: string;
  messageArgs?: Record<string, unknown>;
  idempotencyKey?: string;
  /** The record acted on, when not the one in context (e.g. the row under the list cursor). */
  target?: RaRecord;
  /** Instead of refreshing the page, once done: given the answer (e.g. to open the record an action created). */
  onDone?: (data: any) => void;
  /** What follows success (e.g. opening the next case of the queue). */
  afterwards?: () => void;
}

/** `versioned(action)`: whether the action carries the record's `version` (compare-and-set). */
export function useRecordAction(resource: string, versioned: (action: string) => boolean = () => false) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutateAsync, isPending } = useMutation({
    mutationFn: (params: ActionParams) => dataProvider.action(resource, params),
  });

  /** Resolves to true when a dialog that asked for it may close: done, or outdated (409, the page now reloads). */
  const run = async ({
    action,
    data = {},
    success,
    messageArgs,
    idempotencyKey,
    target = record,
    onDone,
    afterwards,
  }: RecordActionRequest): Promise<boolean> => {
    if (!target) return false;
    try {
      const body = versioned(action) ? { ...data, version: target.version } : data;
      const answer = await mutateAsync({ id: target.id, action, data: body, idempotencyKey });
      notify(success, { type: 'success', messageArgs: { id: target.id, ...messageArgs } });
      // Leaving the page: refreshing it first would refetch (and re-cache) what is about to go.
      if (onDone) onDone(answer.data);
      else refresh();
      afterwards?.();
      return true;
    } catch (error) {
      const { message, status } = error as HttpError;
      notify(message, { type: 'error', multiLine: true });
      if (status === 409) refresh();
      return status === 409;
    }
  };
  return { run, isPending };
}
