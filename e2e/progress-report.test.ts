/**
 * "My progress" and the clinician report for the demo member, who has six months of generated history:
 * the story, every chart drawn (a canvas with something on it, and its numbers as a table), the report's
 * sections on screen and on A4 paper (a PDF), and the empty state a new member sees.
 */

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/cli/web-build.ts';
import { INSTRUMENT_NAMES } from '../src/core/outcomes/instruments.ts';
import {
  createAccount,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  SCREENS_DIR,
  saveScreen,
  seriousAccessibilityViolations,
  signIn,
  smallTargets,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

const REPORT_PDF = path.join(PROJECT_ROOT, 'test-results/report.pdf');
const SUMMARY_PDF = path.join(PROJECT_ROOT, 'test-results/report-summary.pdf');

/** Prints the page to an A4 PDF at `file` and counts its pages (each page object has /Type /Page). */
async function pdfPages(page: Page, file: string): Promise<number> {
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const pdf = await readFile(file, 'latin1');
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** The report's charts are redrawn this wide (CSS pixels) for A4 paper; see UPlotChart's PRINT_WIDTH. */
const PRINT_WIDTH = 640;

interface DrawnChart {
  title: string;
  /** Canvas pixels that are not transparent: axes, grid and series. */
  inked: number;
  /** Pixels in the series' own colours, so a chart with axes but no data counts as blank. */
  coloured: number;
  cssWidth: number;
  tableRows: number;
}

/** Every chart on the page: what its canvas holds, and how many rows its table alternative has. */
async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.locator('figure.chart-figure').evaluateAll((figures) =>
    figures.map((figure) => {
      const canvas = figure.querySelector('canvas');
      let inked = 0;
      let coloured = 0;
      if (canvas) {
        const context = canvas.getContext('2d');
        const pixels =
          context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
        for (let index = 0; index < pixels.length; index += 4) {
          const [red = 0, green = 0, blue = 0, alpha = 0] = pixels.subarray(index, index + 4);
          if (alpha === 0) continue;
          inked += 1;
          // Greys (axes, grid, text) have red, green and blue alike; the series are blue or amber.
          if (Math.max(red, green, blue) - Math.min(red, green, blue) > 60) coloured += 1;
        }
      }
      return {
        title: figure.querySelector('.chart-figure__title')?.textContent ?? '',
        inked,
        coloured,
        cssWidth: canvas ? Math.round(canvas.getBoundingClientRect().width) : 0,
        tableRows: figure.querySelectorAll('.chart-table tbody tr').length,
      };
    }),
  );
}

async function expectEveryChartDrawn(page: Page, titles: readonly string[]): Promise<DrawnChart[]> {
  await visible(page.locator('figure.chart-figure canvas').first());
  const charts = await drawnCharts(page);
  for (const title of titles) expect(charts.map((chart) => chart.title)).toContain(title);
  for (const chart of charts) {
    expect(chart.inked, `${chart.title}: something drawn`).toBeGreaterThan(2_000);
    expect(chart.coloured, `${chart.title}: its series drawn`).toBeGreaterThan(200);
    expect(chart.tableRows, `${chart.title}: the table has rows`).toBeGreaterThan(0);
  }
  expect(await page.locator('.chart-figure--empty').count()).toBe(0);
  return charts;
}

const MEASURE_CHARTS = (['oswestry', 'pain', 'chair-stand', 'hoos-12'] as const).map(
  (id) => INSTRUMENT_NAMES[id].full,
);
const TRAINING_CHARTS = ['Workouts each week', 'Reps each week', 'Pain during workouts and the next morning'];

async function expectAccessible(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize() ?? { width: 0 };
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits the screen`).toBe(
    width,
  );
  expect(await seriousAccessibilityViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `touch targets on ${name}`).toEqual([]);
}

describe('my progress and the clinician report', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await signIn(page, DEMO.member, DEMO_PASSWORD);
    await page.waitForURL('**/today');
  });

  afterAll(async () => {
    await harness?.stop();
  });

  /** The demo member signed in on a laptop-sized page. */
  async function laptopPage(): Promise<Page> {
    const laptop = await harness.newPage({ isLaptop: true });
    await signIn(laptop, DEMO.member, DEMO_PASSWORD);
    await laptop.waitForURL('**/today');
    return laptop;
  }

  it('opens from History and tells the story, then every chart with its numbers', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await expectHeading(page, 'Your workouts');
    await page.getByRole('link', { name: /^My progress/ }).click();
    await expectHeading(page, 'My progress');
    await visible(page.locator('.progress-story p').first());
    expect(await page.locator('.progress-story p').count()).toBeGreaterThanOrEqual(2);

    const charts = await expectEveryChartDrawn(page, [...MEASURE_CHARTS, ...TRAINING_CHARTS, 'Squat']);
    // The canvas fits the phone, inside its card.
    for (const chart of charts) expect(chart.cssWidth).toBeLessThanOrEqual(390 - 2 * 16 - 2 * 14);

    const squat = page.locator('figure.chart-figure', {
      has: page.getByRole('heading', { name: 'Squat', exact: true }),
    });
    await squat.getByText('Show as a table').click();
    await visible(squat.getByRole('table'));
    expect(await squat.getByRole('columnheader').allTextContents()).toEqual([
      'Date',
      'Range level',
      'Load',
      'Sets',
      'Good reps',
    ]);
    await squat.getByText('Show as a table').click();

    await expectAccessible(page, 'progress');
    await saveScreen(page, 'progress');
  });

  it('draws range level and load as two charts on the same dates, each with its own titled scale', async () => {
    for (const [viewer, name] of [
      [page, 'exercise-chart'],
      [await laptopPage(), 'exercise-chart-laptop'],
    ] as const) {
      await viewer.goto('/progress');
      const squat = viewer.locator('figure.chart-figure', {
        has: viewer.getByRole('heading', { name: 'Squat', exact: true }),
      });
      await visible(squat.locator('canvas').nth(1));
      const plots = await squat.locator('.u-over').evaluateAll((areas) =>
        areas.map((area) => {
          const box = area.getBoundingClientRect();
          return {
            left: Math.round(box.left),
            width: Math.round(box.width),
            top: box.top,
            bottom: box.bottom,
          };
        }),
      );
      expect(plots).toHaveLength(2);
      const [level, load] = plots as [(typeof plots)[0], (typeof plots)[0]];
      // One above the other, with their plotting areas (and so their dates) lined up.
      expect(load.top).toBeGreaterThan(level.bottom);
      expect(load.left).toBe(level.left);
      expect(load.width).toBe(level.width);
      expect(await squat.locator('.chart-key li').allTextContents()).toEqual([
        'Range level: upper chart, by level',
        'Load: lower chart, bodyweight up',
      ]);
      expect(await squat.locator('figcaption').textContent()).toContain(
        'Range level is drawn in the upper chart and load in the lower one, each on its own scale',
      );
      await squat.scrollIntoViewIfNeeded();
      await squat.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
    }
  });

  it('uses the width of a laptop, the canvases following their cards', async () => {
    const laptop = await harness.newPage({ isLaptop: true });
    await signIn(laptop, DEMO.member, DEMO_PASSWORD);
    await laptop.waitForURL('**/today');
    await laptop.goto('/progress');
    await expectHeading(laptop, 'My progress');
    const charts = await expectEveryChartDrawn(laptop, [...MEASURE_CHARTS, ...TRAINING_CHARTS]);
    expect(Math.max(...charts.map((chart) => chart.cssWidth))).toBeGreaterThan(350);
    await expectAccessible(laptop, 'progress-laptop');
    await saveScreen(laptop, 'progress-laptop');
  });

  it('prints a report for a clinician: measures, adherence, red flags, plan and sources', async () => {
    await page.getByRole('link', { name: 'Open a report for your doctor or physio' }).click();
    await expectHeading(page, 'Progress report');
    for (const section of [
      'Summary',
      'Red flags',
      'Outcome measures',
      'Appendix A: Outcome measures over time',
      'Appendix B: Adherence, volume and pain',
      'Appendix C: Range and load by exercise',
      'Appendix D: Current plan',
      'Appendix E: Sources',
    ]) {
      await visible(page.getByRole('heading', { level: 2, name: section, exact: true }));
    }
    await visible(page.locator('.report-facts dd').getByText('Dana Member', { exact: true }));
    // The demo member gave a date of birth on Account: the report is headed by it, with the age.
    await visible(page.locator('.report-facts dd').getByText(/^14 May 1972 \(aged \d+\)$/));
    // About the member, by name, in the third person and in clinical terms; instruments in full.
    const summary = (await page.locator('#summary-heading ~ p').allTextContents()).join(' ');
    expect(summary).toMatch(/^Dana Member completed \d+ of \d+ prescribed workouts \(\d+%\) between /);
    expect(summary).toContain('Oswestry Disability Index: ');
    expect(summary).toContain('Keele STarT Back Screening Tool: ');
    expect(summary).toMatch(/clinically meaningful/);
    expect(summary).not.toMatch(/\b(you|your)\b/i);
    expect(await page.locator('.report-table tbody th').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Numeric Pain Rating Scale \(0–10\)/)]),
    );
    const measureRows = page.locator('.report-table tbody tr');
    expect(await measureRows.count()).toBe(5);
    expect(await measureRows.first().textContent()).toMatch(/Meaningful|No meaningful/);
    await visible(page.locator('#adherence-heading + p').getByText(/prescribed workouts completed \(\d+%\)/));
    // The sources come with the instruments' own answer, which may land after the rest.
    await expect.poll(() => page.locator('.report-list--sources li').count()).toBe(6);
    await expectEveryChartDrawn(page, [...MEASURE_CHARTS, ...TRAINING_CHARTS, 'Squat']);
    await expectAccessible(page, 'report');
    await saveScreen(page, 'report');
  });

  it('the print button prints, and the charts are redrawn at paper size before printing', async () => {
    await page.evaluate(() => {
      const printed = { count: 0 };
      Object.assign(window, { printed });
      window.print = () => {
        printed.count += 1;
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { printed: { count: number } }).printed.count),
    ).toBe(1);

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect
      .poll(async () => (await drawnCharts(page)).map((chart) => chart.cssWidth))
      .toEqual((await drawnCharts(page)).map(() => PRINT_WIDTH));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect
      .poll(async () => Math.max(...(await drawnCharts(page)).map((chart) => chart.cssWidth)))
      .toBeLessThan(PRINT_WIDTH);
  });

  it('on A4 paper: no app frame, charts drawn at paper size, a PDF of several pages', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.tabbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await expect
      .poll(async () => new Set((await drawnCharts(page)).map((chart) => chart.cssWidth)))
      .toEqual(new Set([PRINT_WIDTH]));
    const printed = await drawnCharts(page);
    for (const chart of printed) expect(chart.coloured, `${chart.title} on paper`).toBeGreaterThan(200);

    await mkdir(path.dirname(REPORT_PDF), { recursive: true });
    const appendices = await page.locator('.report-appendix').count();
    expect(appendices).toBe(5);
    const pages = await pdfPages(page, REPORT_PDF);
    // The summary page, then each appendix on pages of its own.
    expect(pages).toBeGreaterThanOrEqual(1 + appendices);
    // Without the appendices, what is left is the summary: one page.
    const hidden = await page.addStyleTag({ content: '.report-appendix { display: none !important; }' });
    expect(await pdfPages(page, SUMMARY_PDF), 'the summary on one page').toBe(1);
    await hidden.evaluate((style) => (style as ChildNode).remove());
    expect(await pdfPages(page, REPORT_PDF)).toBe(pages);
    await page.emulateMedia({ media: 'screen' });
  });

  it('a new member sees what will appear, and when, instead of empty charts', async () => {
    const email = uniqueEmail('new-progress');
    const password = 'a long and memorable password';
    await createAccount(harness, { email, password, name: 'Nia New' });
    const fresh = await harness.newPage();
    await signIn(fresh, email, password);
    await fresh.waitForURL('**/start/welcome');
    await fresh.goto('/progress');
    await expectHeading(fresh, 'My progress');
    await visible(fresh.getByRole('heading', { name: 'What will show here' }));
    expect(await fresh.locator('.progress-story').textContent()).toContain('after your first workout');
    await visible(fresh.getByText('After your first workout:'));
    expect(await fresh.locator('canvas').count()).toBe(0);
    await expectAccessible(fresh, 'progress-new-member');
    await saveScreen(fresh, 'progress-new-member');
  });
});
