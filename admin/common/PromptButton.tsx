/**
 * A toolbar button that asks for a text (TextPromptDialog) and then runs something with it.
 * Each opening gets its own Idempotency-Key: a double submit or a retry acts once.
 */
import { useState, type ReactElement } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { newIdempotencyKey } from './idempotency';
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
  /** Resolves to true when the dialog may close. */
  onSubmit: (text: string, idempotencyKey: string) => Promise<boolean>;
}

export function PromptButton({ label, title, hint, fieldLabel, icon, color = 'primary', variant, disabled, onSubmit, ...dialog }: PromptButtonProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [key, setKey] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const submit = async (text: string) => {
    setPending(true);
    try {
      if (await onSubmit(text, key!)) setKey(null);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label={label} color={color} variant={variant} disabled={disabled || isPending} onClick={() => setKey(newIdempotencyKey())}>
        {icon}
      </Button>
      <TextPromptDialog
        open={key !== null}
        title={translate(title, { id: record?.id })}
        hint={hint && translate(hint)}
        label={translate(fieldLabel)}
        submitLabel={translate(label)}
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
export function ActionPromptButton({ resource, messages, name, request, versioned, ...props }: ActionPromptButtonProps) {
  const { run } = useRecordAction(resource, versioned);
  return (
    <PromptButton
      label={`${messages}.actions.${name}`}
      title={`${messages}.dialog.${name}_title`}
      hint={`${messages}.dialog.${name}_hint`}
      onSubmit={(text, key) => run(request(text, key))}
      {...props}
    />
  );
}
