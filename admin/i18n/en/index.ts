/** English, one part per area of the app; ../zh mirrors each part key for key. */
import { admin } from './admin';
import { cases } from './cases';
import { common } from './common';
import { enforcement } from './enforcement';
import { errors } from './errors';
import { merchants } from './merchants';
import { notices } from './notices';
import { inspections } from './inspections';

export const parts = { common, cases, merchants, enforcement, notices, inspections, admin, errors };
