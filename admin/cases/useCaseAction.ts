/**
 * Run one workflow action on the case in context: POST with its `version`, then refresh the record
 * and its timeline. A 409 (someone else changed the case, or the move is no longer allowed) shows
 * the server's message and reloads, so the page shows what is true now.
 */
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, type HttpError } from 'react-admin';
import type { TrustdeskDataProvider } from '../providers/dataProvider';

export interface CaseActionRequest {
  action: 'claim' | 'assign' | 'transition' | 'notes';
  data?: Record<string, unknown>;
  /** i18n key of the success notification; receives %{id} and `messageArgs`. */
  success: string;
  messageArgs?: Record<string, unknown>;
  idempotencyKey?: string;
}

export function useCaseAction() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);

  /** Resolves to true when a dialog that asked for it may close: done, or outdated (409, the page now reloads). */
  const run = async ({ action, data = {}, success, messageArgs, idempotencyKey }: CaseActionRequest): Promise<boolean> => {
    if (!record) return false;
    setPending(true);
    try {
      // Notes add to the timeline without changing the case, so they carry no version.
      const body = action === 'notes' ? data : { ...data, version: record.version };
      await dataProvider.action('cases', { id: record.id, action, data: body, idempotencyKey });
      notify(success, { type: 'success', messageArgs: { id: record.id, ...messageArgs } });
      refresh();
      return true;
    } catch (error) {
      const { message, status } = error as HttpError;
      notify(message, { type: 'error', multiLine: true });
      if (status === 409) refresh();
      return status === 409;
    } finally {
      setPending(false);
    }
  };
  return { run, isPending };
}
