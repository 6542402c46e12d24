/** The periodic jobs every server process schedules (one runner each at a time: ./scheduler.ts). */
import { noticePublishingJob } from '../notices/publishing';
import { penaltyClockJob } from '../penalties/expiry';
import type { Job } from './scheduler';

export const JOBS: Job[] = [penaltyClockJob, noticePublishingJob];
