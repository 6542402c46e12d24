/**
 * A labelled action: icon and words on every screen size (react-admin's Button drops the words
 * on phones, leaving icons that readers must guess). `shortcut` shows its key on hover, as a
 * description, so the button's name stays its label.
 */
import type { ReactElement } from 'react';
import { Button, Tooltip, type ButtonProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

export interface ActionButtonProps extends Omit<ButtonProps, 'children' | 'startIcon'> {
  /** i18n key of the label. */
  label: string;
  icon: ReactElement;
  /** The keyboard shortcut doing the same (see ./shortcuts). */
  shortcut?: string;
  /** A page of the app: the button is then a link to it. */
  to?: string;
}

export function ActionButton({ label, icon, shortcut, to, size = 'small', ...props }: ActionButtonProps) {
  const translate = useTranslate();
  const link = to ? { component: Link, to } : {};
  const button = (
    <Button size={size} startIcon={icon} {...link} {...props}>
      {translate(label)}
    </Button>
  );
  if (!shortcut || props.disabled) return button;
  return (
    <Tooltip title={translate('td.shortcuts.key', { key: shortcut })} describeChild>
      {button}
    </Tooltip>
  );
}
