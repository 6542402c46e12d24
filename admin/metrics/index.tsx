/**
 * The metrics views, each loaded on demand: recharts and the charts live in their own chunks, so
 * the sign-in page and the first screen never download them. Import from here, never the views'
 * files directly (that would pull recharts into the importer's chunk).
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from '@mui/material';

const LazyMetricsPage = lazy(() => import('./MetricsPage'));
const LazyManagerMetrics = lazy(() => import('./ManagerMetrics'));
const LazyInspectorMetrics = lazy(() => import('./InspectorMetrics'));
const LazyReviewerThroughput = lazy(() => import('./ReviewerThroughput'));
const LazyAnnouncementBacklog = lazy(() => import('./AnnouncementBacklog'));

/** A placeholder the size of what is coming, so the page does not jump when the charts arrive. */
function Loading({ height, children }: { height: number; children: ReactNode }) {
  return <Suspense fallback={<Skeleton variant="rounded" height={height} sx={{ mt: 2, flex: '1 1 420px' }} />}>{children}</Suspense>;
}

export const MetricsPage = () => (
  <Loading height={600}>
    <LazyMetricsPage />
  </Loading>
);

export const ManagerMetrics = () => (
  <Loading height={600}>
    <LazyManagerMetrics />
  </Loading>
);

export const InspectorMetrics = ({ warehouseId }: { warehouseId: number }) => (
  <Loading height={320}>
    <LazyInspectorMetrics warehouseId={warehouseId} />
  </Loading>
);

export const ReviewerThroughput = ({ userId }: { userId: number }) => (
  <Loading height={280}>
    <LazyReviewerThroughput userId={userId} />
  </Loading>
);

export const AnnouncementBacklog = () => (
  <Loading height={240}>
    <LazyAnnouncementBacklog />
  </Loading>
);
