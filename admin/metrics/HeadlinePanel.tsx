/** The figures a manager quotes to the press (issue 9 §5): merchants penalized, bans, share of inspections failed, days from violation to penalty to notice. */
import { Alert } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Figure, FigureRow } from './Figure';
import { formatCount, formatDay, formatPercent, rateWithN } from './format';
import type { MetricsQuery } from './query';
import { intlLocale } from '../common/format';
import { useMetrics } from './useMetrics';

export function HeadlinePanel({ query }: { query: Pick<MetricsQuery, 'from' | 'categoryId'> }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useMetrics('headline', { since: query.from, categoryId: query.categoryId });
  if (error) return <Alert severity="error">{translate('td.metrics.load_failed', { message: error.message })}</Alert>;
  const since = translate('td.metrics.since', { date: formatDay(query.from, locale) });
  const days = (value: number | null | undefined) =>
    value == null ? '–' : translate('td.metrics.days', { n: new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value) });
  return (
    <FigureRow>
      <Figure label={translate('td.metrics.merchants_penalized')} value={formatCount(data?.merchantsPenalized, locale)} detail={since} isPending={isPending} />
      <Figure label={translate('td.metrics.bans')} value={formatCount(data?.bans, locale)} detail={since} isPending={isPending} />
      <Figure
        label={translate('td.metrics.inspections_failed')}
        value={formatPercent(data?.failureRate, locale)}
        detail={data && rateWithN(data.failed, data.inspected, locale, translate)}
        isPending={isPending}
      />
      <Figure
        label={translate('td.metrics.violation_to_penalty')}
        value={days(data?.medianDaysViolationToPenalty)}
        detail={translate('td.metrics.median_label')}
        isPending={isPending}
      />
      <Figure
        label={translate('td.metrics.penalty_to_notice')}
        value={days(data?.medianDaysPenaltyToNotice)}
        detail={translate('td.metrics.median_label')}
        isPending={isPending}
      />
    </FigureRow>
  );
}
