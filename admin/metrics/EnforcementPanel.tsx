/** Enforcement by category (SPEC §5): penalties by type, cases opened vs resolved with the backlog, each category, top violation types, reviewers. */
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CaseFlowChart } from './CaseFlowChart';
import { categoryTotals, enforcementSeries, penaltyTypesIn } from './enforcementSeries';
import { CategoryTable, ReviewerTable, TopViolationTypes } from './EnforcementTables';
import { MetricsCard } from './MetricsCard';
import { PenaltiesChart } from './PenaltiesChart';
import { apiParams, bucketsOf, type MetricsQuery } from './query';
import { useMetrics } from './useMetrics';
import { useNames } from './useNames';

export function EnforcementPanel({ query }: { query: MetricsQuery }) {
  const translate = useTranslate();
  const params = apiParams(query, 'enforcement');
  const result = useMetrics('enforcement', params);
  const categories = useNames('categories');
  const types = useNames('violation-types');
  const reviewers = result.data?.reviewers;
  const users = useNames('users', !!reviewers);
  const rows = result.data?.rows ?? [];
  const points = enforcementSeries(rows, bucketsOf(query));
  const penaltyTypes = penaltyTypesIn(rows);
  const totals = categoryTotals(rows);
  const state = { isPending: result.isPending, isFetching: result.isFetching, error: result.error, refetch: result.refetch };
  const csv = { section: 'enforcement', params };
  const scope = query.categoryId ? categories.name(query.categoryId) : translate('td.metrics.all_categories');
  const noCases = !points.some((p) => p.casesOpened || p.casesResolved || p.backlog) && 'td.metrics.empty_cases';
  const topTypes = result.data?.topViolationTypes ?? [];
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      <MetricsCard title="td.metrics.penalties_by_type" subheader={scope} state={state} empty={!penaltyTypes.length && 'td.metrics.empty_penalties'} csv={csv}>
        <PenaltiesChart points={points} types={penaltyTypes} kind={query.bucket} />
      </MetricsCard>
      <MetricsCard title="td.metrics.case_flow" subheader={translate('td.metrics.case_flow_hint')} state={state} empty={noCases}>
        <CaseFlowChart points={points} kind={query.bucket} />
      </MetricsCard>
      <MetricsCard title="td.metrics.by_category" state={state} empty={!totals.length && 'td.metrics.empty_cases'} height={160} flex="2 1 640px">
        <CategoryTable totals={totals} categoryName={categories.name} />
      </MetricsCard>
      <MetricsCard title="td.metrics.top_violation_types" state={state} empty={!topTypes.length && 'td.metrics.empty_cases'} height={160} flex="1 1 320px">
        <TopViolationTypes items={topTypes} total={points.reduce((s, p) => s + p.casesOpened, 0)} typeName={types.name} />
      </MetricsCard>
      {reviewers && (
        <MetricsCard
          title="td.metrics.reviewers"
          subheader={translate('td.metrics.reviewers_hint')}
          state={state}
          empty={!reviewers.length && 'td.metrics.empty_reviewers'}
          height={160}
          flex="1 1 320px"
        >
          <ReviewerTable reviewers={reviewers} userName={users.name} />
        </MetricsCard>
      )}
    </Box>
  );
}
