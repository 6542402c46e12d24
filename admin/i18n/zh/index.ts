/** 简体中文, part for part as ../en (each part is typed by its English one, so no key is missing). */
import type { parts as en } from '../en';
import { admin } from './admin';
import { cases } from './cases';
import { common } from './common';
import { enforcement } from './enforcement';
import { errors } from './errors';
import { merchants } from './merchants';
import { notices } from './notices';
import { inspections } from './inspections';

export { ra } from './ra';
export const parts: typeof en = { common, cases, merchants, enforcement, notices, inspections, admin, errors };
