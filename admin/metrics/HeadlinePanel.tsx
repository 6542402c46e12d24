/**
 * The figures a manager quotes to the press (issue 9 §5): merchants penalized (and per category),
 * merchants banned, the share of inspections failed, the median days from violation to penalty and
 * from penalty to public notice — all since the start of the range.
 */
import { Alert, Box, Card, Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../common/format';
import { Figure, FigureRow } from './Figure';
import { formatCount, formatDay, formatPercent, rateWithN } from './format';
import type { MetricsQuery } from './query';
import { useMetrics } from './useMetrics';
import { useNames } from './useNames';

export function HeadlinePanel({ query }: { query: Pick<MetricsQuery, 'from' | 'categoryId'> }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const categories = useNames('categories');
  const { data, isPending, error } = useMetrics('headline', { since: query.from, categoryId: query.categoryId });
  if (error) return <Alert severity="error">{translate('td.metrics.load_failed', { message: error.message })}</Alert>;
  const since = translate('td.metrics.since', { date: formatDay(query.from, locale) });
  const days = (value: number | null | undefined) =>
    value == null ? '–' : translate('td.metrics.days', { n: new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value) });
  const inspections = data?.inspections;
  const perCategory = (data?.categories ?? []).filter((c) => c.merchantsPenalized > 0);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <FigureRow>
        <Figure
          label={translate('td.metrics.merchants_penalized')}
          value={formatCount(data?.merchantsPenalized, locale)}
          detail={since}
          isPending={isPending}
        />
        <Figure
          label={translate('td.metrics.merchants_banned')}
          value={formatCount(data?.bannedMerchants, locale)}
          detail={data && translate('td.metrics.ban_penalties', { smart_count: data.bans, n: formatCount(data.bans, locale) })}
          isPending={isPending}
        />
        <Figure
          label={translate('td.metrics.inspections_failed')}
          value={formatPercent(inspections?.failedShare, locale)}
          detail={inspections && rateWithN(inspections.failed, inspections.inspected, locale, translate)}
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
          detail={
            data && translate('td.metrics.noticed_of', { noticed: formatCount(data.penaltiesNoticed, locale), total: formatCount(data.penalties, locale) })
          }
          isPending={isPending}
        />
      </FigureRow>
      {perCategory.length > 1 && (
        <Card sx={{ p: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ mr: 1 }}>
            {translate('td.metrics.penalized_by_category')}
          </Typography>
          {perCategory.map((c) => (
            <Chip
              key={c.categoryId}
              variant="outlined"
              label={translate('td.metrics.category_merchants', { category: categories.name(c.categoryId), n: formatCount(c.merchantsPenalized, locale) })}
            />
          ))}
        </Card>
      )}
    </Box>
  );
}
