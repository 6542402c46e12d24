import { Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatFollowers, intlLocale } from '../common/format';

/** Follower count as people write it: 8,120,000 in English, 812万 in Chinese (exact figure on hover). */
export function FollowersField(_props: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const count = record?.followerCount;
  if (count == null) return null;
  const exact = new Intl.NumberFormat(intlLocale(locale)).format(count);
  const shown = formatFollowers(count, locale);
  const text = (
    <Typography component="span" variant="body2">
      {shown}
    </Typography>
  );
  return shown === exact ? text : <Tooltip title={exact}>{text}</Tooltip>;
}
