/**
 * The first-load budget (issue 12): what the sign-in page makes the browser fetch — dist/index.html's
 * module script and its modulepreload links — stays within 350 KB gzipped, and none of it is a
 * chart library or a page only some roles ever open. A size, not a timing: deterministic for a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../server/spa-build';
import { FIRST_LOAD_BUDGET_GZIP, firstLoadJs } from '../bench/bundle';

describe('first-load JavaScript of the built SPA', () => {
  const first = firstLoadJs(DIST); // global-setup built dist/ for this run

  it(`is at most ${FIRST_LOAD_BUDGET_GZIP / 1024} KB gzipped`, () => {
    expect(first.files.length).toBeGreaterThan(0);
    expect(first.gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
  });

  it('holds no charts, dashboards or resource pages: they load after sign-in', () => {
    const code = first.files.map((f) => readFileSync(join(DIST, f.file.replace(/^\//, '')), 'utf8')).join('\n');
    // recharts' own class names and component names survive minification as strings
    expect(code).not.toMatch(/recharts-(surface|wrapper|cartesian)/);
    for (const f of first.files) expect(f.file).not.toMatch(/\/(Dashboard|CaseList|CaseShow|MerchantShow|PointsChart|Notice\w+|Audit\w+)-/);
  });
});
