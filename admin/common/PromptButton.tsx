/**
 * A toolbar button that asks for a text (TextPromptDialog) and then runs something with it.
 * Each opening gets its own Idempotency-Key: a double submit or a retry acts once.
 */
import { useState, type ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton';
import { newIdempotencyKey } from './idempotency';
import { useShortcuts } from './shortcuts/useShortcuts';
import { useRecordAction, type RecordActionRequest } from './useRecordAction';
import { TextPromptDialog, type TextPromptDialogProps } from './TextPromptDialog';

type DialogOptions = Pick<TextPromptDialogProps, 'optional' | 'minLength' | 'submitColor'>;

export interface PromptButtonProps extends DialogOptions {
  /** i18n keys: the button (also the submit button), the dialog title (gets %{id}) and hint. */
  label: string;
  title: string;
  hint?: string;
  fieldLabel: string;
  icon: ReactElement;
  color?: 'primary' | 'warning' | 'error' | 'success';
  variant?: 'text' | 'contained' | 'outlined';
  disabled?: boolean;
  /** The key that opens the dialog too (listed under "?" with the button's label). */
  shortcut?: string;
  /** Offered as "<label> & next" when given: opens the next record of the queue once done. */
  onNext?: () => void;
  /** Resolves to true when the dialog may close; `next`: the reader chose "& next". */
  onSubmit: (text: string, idempotencyKey: string, next: boolean) => Promise<boolean>;
}

export function PromptButton({
  label,
  title,
  hint,
  fieldLabel,
  icon,
  color = 'primary',
  variant,
  disabled,
  shortcut,
  onNext,
  onSubmit,
  ...dialog
}: PromptButtonProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [key, setKey] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const open = () => setKey(newIdempotencyKey());
  useShortcuts(shortcut && !disabled ? [{ key: shortcut, description: label, run: open }] : []);
  const submit = async (text: string, next: boolean) => {
    setPending(true);
    try {
      if (await onSubmit(text, key!, next)) setKey(null);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <ActionButton label={label} icon={icon} color={color} variant={variant} shortcut={shortcut} disabled={disabled || isPending} onClick={open} />
      <TextPromptDialog
        open={key !== null}
        title={translate(title, { id: record?.id })}
        hint={hint && translate(hint)}
        label={translate(fieldLabel)}
        submitLabel={translate(label)}
        nextLabel={onNext && translate('td.common.and_next', { action: translate(label) })}
        submitColor={dialog.submitColor ?? color}
        helperText={dialog.minLength && dialog.minLength > 1 ? translate('td.common.minChars', { smart_count: dialog.minLength }) : undefined}
        isPending={isPending}
        onClose={() => setKey(null)}
        onSubmit={submit}
        {...dialog}
      />
    </>
  );
}

export interface ActionPromptButtonProps extends Omit<PromptButtonProps, 'label' | 'title' | 'hint' | 'onSubmit'> {
  resource: string;
  /** Messages under `<messages>.actions.<name>`, `<messages>.dialog.<name>_title` and `_hint`. */
  messages: string;
  name: string;
  request: (text: string, idempotencyKey: string) => RecordActionRequest;
  versioned?: (action: string) => boolean;
}

/** A workflow action (POST /api/<resource>/<id>/<action>) that needs a text: a note, a reason. */
export function ActionPromptButton({ resource, messages, name, request, versioned, onNext, ...props }: ActionPromptButtonProps) {
  const { run } = useRecordAction(resource, versioned);
  return (
    <PromptButton
      label={`${messages}.actions.${name}`}
      title={`${messages}.dialog.${name}_title`}
      hint={`${messages}.dialog.${name}_hint`}
      onNext={onNext}
      onSubmit={(text, key, next) => run({ ...request(text, key), afterwards: next ? onNext : undefined })}
      {...props}
    />
  );
}
