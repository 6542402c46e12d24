/**
 * What a saved form says: "Case #3199 saved", "Category “Pearls” created", rather than
 * react-admin's "Element updated". An edit that can be undone offers Undo, which saves the values
 * from before as a new version (the audit log keeps both; if someone changed the record
 * meanwhile, the server refuses with a 409 and says so). Creations cannot be undone: nothing is
 * ever deleted.
 */
import {
  useAddUndoableMutation,
  useDataProvider,
  useGetRecordRepresentation,
  useGetResourceLabel,
  useNotify,
  useRedirect,
  useRefresh,
  useResourceContext,
  useTranslate,
  type RaRecord,
  type RedirectionSideEffect,
} from 'react-admin';

export interface SaveNotificationOptions {
  redirect: RedirectionSideEffect;
  /** Whether this edit can be undone (e.g. not a new password, which cannot be taken back). Default: yes. */
  undoable?: (data: Record<string, unknown>) => boolean;
}

interface Saved {
  data?: Record<string, unknown>;
  previousData?: RaRecord;
}

/** "#3199" and "v3" as they are; names in quotes. */
const BARE = /^(#|v)?\d+$/;

/** `onSuccess` for a create or edit page's mutationOptions. */
export function useSaveNotification(verb: 'created' | 'updated', { redirect: to, undoable = () => true }: SaveNotificationOptions) {
  const resource = useResourceContext() ?? '';
  const resourceLabel = useGetResourceLabel();
  const represent = useGetRecordRepresentation(resource);
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const addUndoable = useAddUndoableMutation();
  const dataProvider = useDataProvider();

  return (saved: RaRecord, variables?: Saved) => {
    const shown = String(represent(saved) ?? saved.id);
    const messageArgs = { name: resourceLabel(resource, 1), record: BARE.test(shown) ? shown : translate('td.common.quoted', { text: shown }) };
    const before = variables?.previousData;
    const canUndo = verb === 'updated' && !!before && !!addUndoable && undoable(variables?.data ?? {});
    if (canUndo)
      addUndoable(async ({ isUndo }) => {
        if (!isUndo) return;
        try {
          await dataProvider.update(resource, { id: saved.id, data: { ...before, version: saved.version }, previousData: saved });
          notify('td.common.reverted', { type: 'info', messageArgs });
        } catch (error) {
          notify((error as Error).message, { type: 'error', multiLine: true });
        }
        refresh();
      });
    notify(`td.common.${verb}`, { type: 'success', messageArgs, undoable: canUndo });
    redirect(to, resource, saved.id, saved);
  };
}
