/**
 * An edit form whose save the server refuses with field errors (a 400, or a 409 for a stale
 * version) says why in the notification, in the reader's language (the data provider words it),
 * rather than react-admin's generic "the form is not valid": the fields still show their errors.
 *
 * const { onError, withMessage } = useServerMessageOnSave();
 * <Edit mutationOptions={{ onError }}> … <Form onSubmit={async (values) => withMessage(await save(values))}>
 */
import { useRef } from 'react';
import { useNotify, type HttpError } from 'react-admin';

type FieldErrors = Record<string, unknown> | undefined;

export function useServerMessageOnSave() {
  const message = useRef<string | null>(null);
  const notify = useNotify();
  /** Replaces react-admin's own: errors without field errors are notified as it would. */
  const onError = (error: unknown) => {
    const { message: text, body } = (error ?? {}) as HttpError;
    message.current = text || null;
    const fieldErrors = body?.errors && Object.keys(body.errors).length > 0;
    if (!fieldErrors) notify(text || 'ra.notification.http_error', { type: 'error', multiLine: true });
  };
  /** The field errors a pessimistic save returned, with the server's message as the form's (`root.serverError`). */
  const withMessage = (errors: FieldErrors) => {
    if (!errors || !message.current) return errors;
    return { ...errors, root: { serverError: message.current } };
  };
  return { onError, withMessage };
}
