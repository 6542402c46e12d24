/**
 * The metrics dashboards (issue 9): the manager lands on charts drawn from the demo data (bars,
 * lines, the p-chart band, legends), hovers a rate and reads its n, and on the metrics page
 * changes the bucket and the warehouse — each choice in the URL, Back undoing it — in the light and
 * dark theme, at 1,440 × 900 and on a 390 × 844 phone, never wider than the window. Inspectors,
 * reviewers and comms land on their own figures. The sign-in page never downloads recharts.
 * Screenshots: test/artifacts/metrics-*.png.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  apiList,
  DESKTOP,
  type E2E,
  eventually,
  failingApiResponses,
  sidewaysScroll,
  main,
  type PageOptions,
  PHONE,
  screenshotFailures,
  screenshots,
  signIn,
  startE2E,
} from './support';

const shot = screenshots('metrics');

let e2e: E2E;
let page: Page | undefined;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('metrics', () => page);

async function signedIn(who: string, options: PageOptions = {}, locale: 'en' | 'zh' = 'en') {
  await page?.context().close();
  page = await e2e.newPage(locale, options);
  await signIn(page, `${who}@example.com`);
  return page;
}

/** A metrics card by its title (each is a <section> labelled by it). */
const card = (p: Page, title: string) => main(p).getByRole('region', { name: title, exact: true });

/** Waits until the card has drawn its chart, then counts what recharts drew in it. */
async function drawn(section: Locator) {
  await section.locator('.recharts-surface').first().waitFor();
  return {
    bars: await section.locator('.recharts-bar-rectangle path, path.recharts-rectangle').count(),
    lines: await section.locator('path.recharts-curve.recharts-line-curve').count(),
    band: await section.locator('.recharts-area-area').count(),
    legend: (await section.locator('.td-chart-legend').count()) ? (await section.locator('.td-chart-legend').innerText()).split('\n').map((s) => s.trim()) : [],
  };
}

/** Waits for every chart and figure of the page to settle (no skeleton, no loading bar, no request in flight). */
async function settled(p: Page) {
  await p.waitForLoadState('networkidle');
  await eventually(() => main(p).locator('.MuiSkeleton-root, .MuiLinearProgress-indeterminate').count()).toBe(0);
}

const RATE_WITH_N = /\d+(\.\d)?% \([\d,]+ of [\d,]+\)/;

describe('the manager', () => {
  it('lands on the metrics: enforcement and the warehouse panel drawn from data, rates with their n', async () => {
    const p = await signedIn('manager', { viewport: DESKTOP });
    const failing = failingApiResponses(p);
    await main(p).getByRole('heading', { name: 'Headline figures' }).waitFor();
    const penalties = await drawn(card(p, 'Penalties by type'));
    expect(penalties.bars).toBeGreaterThan(10);
    expect(penalties.legend).toEqual(expect.arrayContaining(['Warning', 'Fine', 'Live-stream suspension']));
    const flow = await drawn(card(p, 'Cases opened and resolved'));
    expect(flow.bars).toBeGreaterThan(10);
    expect(flow.lines).toBe(1); // the backlog
    const throughput = await drawn(card(p, 'Throughput'));
    expect(throughput.bars).toBeGreaterThan(10);
    expect(throughput.legend).toEqual(['Received', 'Inspected']);
    const pchart = await drawn(card(p, 'Failure rate (p-chart)'));
    expect(pchart.band).toBe(1);
    expect(pchart.lines).toBe(4); // the rate, the centre line, the upper and lower limits
    expect(pchart.legend).toEqual(['Failure rate', 'Control limits (3σ)', 'Centre line (rate over the range)', 'Out of control']);
    await drawn(card(p, 'Failure reasons (Pareto)'));
    await drawn(card(p, 'Warehouses by volume (funnel plot)'));
    // The headline figures are numbers, the share failed with its n.
    await settled(p);
    const headline = await main(p).locator('.td-figure').first().innerText();
    expect(headline).toMatch(/Merchants penalized\s+[\d,]+/);
    expect(await main(p).locator('.td-figure').filter({ hasText: 'Inspections failed' }).innerText()).toMatch(RATE_WITH_N);
    // Hovering the p-chart shows the bucket's rate beside its n, and its limits.
    const plot = card(p, 'Failure rate (p-chart)').locator('.recharts-surface');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await p.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await p.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
    const tooltip = card(p, 'Failure rate (p-chart)').locator('.recharts-tooltip-wrapper');
    await eventually(() => tooltip.innerText()).toMatch(RATE_WITH_N);
    expect(await tooltip.innerText()).toMatch(/Control limits \(3σ\)\s+\d/);
    await p.mouse.move(0, 0);
    expect(await sidewaysScroll(p)).toBe('');
    await shot(p, 'manager-dashboard-1440');
    expect(failing).toEqual([]);
  });

  it('on the metrics page, the bucket and warehouse pickers live in the URL and Back undoes them', async () => {
    const p = await signedIn('manager', { viewport: DESKTOP });
    const failing = failingApiResponses(p);
    await p.getByRole('menuitem', { name: 'Metrics' }).click();
    await p.waitForURL(/#\/metrics/);
    await drawn(card(p, 'Throughput'));
    await p.getByRole('button', { name: 'Day', exact: true }).click();
    await p.waitForURL(/bucket=day/);
    const { data: warehouses } = await apiList<{ id: number; name: string }>(p, 'warehouses', { sort: ['id', 'ASC'] });
    const panyu = warehouses.find((w) => w.name.startsWith('Panyu'))!;
    await p.getByRole('combobox', { name: 'Warehouse' }).click();
    await p.getByRole('option', { name: panyu.name }).click();
    await p.waitForURL(new RegExp(`warehouseId=${panyu.id}`));
    expect(p.url()).toMatch(/bucket=day/);
    await card(p, 'Throughput').getByText(panyu.name).waitFor(); // the subheader names the chosen warehouse
    const daily = await drawn(card(p, 'Throughput'));
    expect(daily.bars).toBeGreaterThan(60); // 91 days, two bars a day where parcels came in
    await settled(p);
    await shot(p, 'page-1440-light-day-panyu');
    // The section's CSV: the same warehouse and days, from the server (format=csv).
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      card(p, 'Throughput').getByRole('button', { name: 'Download warehouse metrics as CSV' }).click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['warehouseId', 'bucket', 'inspected', 'failureRate', 'ucl', 'lcl']));
    expect(lines.length - 1).toBe(91); // one row a day: Panyu only, every day of the 13 weeks
    expect(new Set(lines.slice(1).map((l) => l.split(',')[header.indexOf('warehouseId')]))).toEqual(new Set([String(panyu.id)]));
    // Back: the warehouse choice is undone, the bucket kept.
    await p.goBack();
    await eventually(() => p.url()).not.toMatch(/warehouseId=/);
    expect(p.url()).toMatch(/bucket=day/);
    await eventually(() => p.getByRole('combobox', { name: 'Warehouse' }).innerText()).toBe('All warehouses');
    // A shared link opens the same view.
    await p.goto(`/#/metrics?from=2026-01-01&to=2026-01-31&bucket=week&warehouseId=${panyu.id}`);
    await eventually(() => p.getByRole('combobox', { name: 'Warehouse' }).innerText()).toBe(panyu.name);
    expect(failing).toEqual([]);
  });

  it('a range with nothing in it says so instead of drawing empty axes', async () => {
    const p = await signedIn('manager', { viewport: DESKTOP });
    await p.goto('/#/metrics?from=2020-01-06&to=2020-03-29&bucket=week');
    await card(p, 'Throughput').getByText('No inspections in this range').waitFor();
    await card(p, 'Cases opened and resolved').getByText('No cases in this range').waitFor();
    expect(await card(p, 'Throughput').locator('.recharts-surface').count()).toBe(0);
  });

  for (const [theme, colorScheme] of [
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const) {
    it(`the metrics page fits 1,440 × 900 and a 390 × 844 phone in the ${theme} theme`, async () => {
      for (const [size, viewport] of [
        ['1440', DESKTOP],
        ['390', PHONE],
      ] as const) {
        const p = await signedIn('manager', { viewport, colorScheme });
        await p.goto('/#/metrics');
        await drawn(card(p, 'Failure rate (p-chart)'));
        await drawn(card(p, 'Penalties by type'));
        await settled(p);
        expect(await sidewaysScroll(p), `${theme} ${size}`).toBe('');
        await shot(p, `page-${size}-${theme}`);
      }
    });
  }

  it('reads in Chinese: legends, axes and the rate with its n', async () => {
    const p = await signedIn('manager', { viewport: DESKTOP }, 'zh');
    await p.goto('/#/metrics');
    const pchart = await drawn(card(p, '不合格率（P 控制图）'));
    expect(pchart.legend).toEqual(['不合格率', '控制限（3σ）', '中心线（整个范围的不合格率）', '失控点']);
    await settled(p);
    expect(await main(p).locator('.td-figure').filter({ hasText: '质检不合格率' }).innerText()).toMatch(/\d+(\.\d)?%（[\d,]+ 件中 [\d,]+ 件）/);
    await shot(p, 'page-1440-zh');
  });
});

describe('each role lands on its own figures', () => {
  it('an inspector: their warehouse today and this month, on a desktop and a phone', async () => {
    for (const [size, viewport] of [
      ['1440', DESKTOP],
      ['390', PHONE],
    ] as const) {
      const p = await signedIn('inspector.panyu', { viewport });
      const failing = failingApiResponses(p);
      await main(p).getByRole('heading', { name: 'Your warehouse today' }).waitFor();
      await main(p).getByRole('heading', { name: 'This month' }).waitFor();
      const throughput = await drawn(card(p, 'Throughput'));
      expect(throughput.bars).toBeGreaterThan(20);
      expect((await drawn(card(p, 'Failure rate (p-chart)'))).band).toBe(1);
      await settled(p);
      expect(await sidewaysScroll(p)).toBe('');
      await shot(p, `inspector-${size}`);
      expect(failing).toEqual([]);
    }
  });

  it('comms: the penalties still to announce, by how long they have been in effect', async () => {
    const p = await signedIn('comms', { viewport: DESKTOP });
    const section = card(p, 'Penalties awaiting announcement');
    expect((await drawn(section)).bars).toBeGreaterThan(0);
    // The oldest band's axis label (SVG text, wrapped over two lines).
    await section.locator('text.recharts-cartesian-axis-tick-value', { hasText: '30 days' }).first().waitFor();
    await settled(p);
    expect(await sidewaysScroll(p)).toBe('');
    await shot(p, 'comms-1440');
  });

  it('a reviewer: their cases resolved per week beside their queue', async () => {
    const p = await signedIn('reviewer', { viewport: DESKTOP });
    const section = card(p, 'Your throughput');
    await section.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await section.innerText()).toMatch(/[\d,]+ resolved in 12 weeks/);
    await settled(p);
    await shot(p, 'reviewer-1440');
  });
});

describe('the first load', () => {
  it('the sign-in page downloads no chart code', async () => {
    await page?.context().close();
    page = await e2e.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/#/login');
    await page.getByRole('button', { name: /sign in/i }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(await (await page.request.get(url)).text(), url).not.toContain('recharts-wrapper');
  });
});
