/**
 * The pieces every chart shares: a readable axis font, dates on the x axis in the member's language, no
 * hover cursor (the numbers are in the table under each chart) and uPlot's path builders.
 */
import uPlot from 'uplot';
import type { ChartPalette } from './palette.ts';

const FONT_PX = 13;
const AXIS_GAP_PX = 6;

/** The widest line of these labels in CSS pixels, measured in the axis font (labels may hold "\n"). */
function textWidth(chart: uPlot, font: string, labels: readonly string[]): number {
  const { ctx } = chart;
  ctx.save();
  ctx.font = font;
  const widest = Math.max(
    0,
    ...labels.flatMap((label) => String(label).split('\n')).map((line) => ctx.measureText(line).width),
  );
  ctx.restore();
  return Math.ceil(widest);
}

export function axisFont(palette: ChartPalette): string {
  return `${FONT_PX}px ${palette.font}`;
}

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/**
 * Dates under the chart, "3 Mar", spaced so they never touch on a phone. A chart stacked above another on
 * the same dates keeps the date grid but leaves the dates to the chart below (`areDatesShown: false`).
 */
export function dateAxis(palette: ChartPalette, { areDatesShown = true } = {}): uPlot.Axis {
  return {
    stroke: palette.muted,
    font: axisFont(palette),
    space: 56,
    grid: { stroke: palette.grid, width: 1 },
    ticks: { stroke: palette.grid, width: 1, size: areDatesShown ? 5 : 0 },
    values: (_chart, splits) =>
      splits.map((seconds) => (areDatesShown ? shortDate.format(new Date(seconds * 1000)) : '')),
    ...(areDatesShown ? {} : { size: 8 }),
  };
}

interface ValueAxis {
  scale: string;
  /** 3 for the left edge (default), 1 for the right. */
  side?: 1 | 3;
  /** Where the ticks go, e.g. every level; uPlot picks round numbers when left out. */
  splits?: number[];
  /**
   * The text at each split, e.g. level names; the numbers themselves when left out. Given the chart's width,
   * so long names can take one line on a laptop or paper and break over lines on a phone.
   */
  labels?: (value: number, chartWidth: number) => string;
  isGridShown?: boolean;
  /** The axis' title, beside its labels: what the values are and in what unit, e.g. "Range level". */
  title?: string;
  /**
   * Size the axis for these labels as well as its own, so charts stacked on the same dates give their
   * y axes one width and their dates line up.
   */
  alsoFits?: (chartWidth: number) => readonly string[];
}

const TITLE_SIZE_PX = 20;

/** A y axis wide enough for its longest label (labels may break over lines with "\n"). */
export function valueAxis(palette: ChartPalette, axis: ValueAxis): uPlot.Axis {
  const { splits, labels } = axis;
  return {
    scale: axis.scale,
    side: axis.side ?? 3,
    stroke: palette.muted,
    font: axisFont(palette),
    gap: AXIS_GAP_PX,
    // Labels broken over lines stay together, apart from their neighbours.
    lineGap: 1.2,
    grid: { show: axis.isGridShown ?? true, stroke: palette.grid, width: 1 },
    ticks: { show: false },
    ...(splits ? { splits: () => splits } : {}),
    values: (chart, values) => values.map((value) => (labels ? labels(value, chart.width) : String(value))),
    size: (chart, values) =>
      textWidth(chart, axisFont(palette), [...(values ?? []), ...(axis.alsoFits?.(chart.width) ?? [])]) +
      AXIS_GAP_PX +
      8,
    ...(axis.title
      ? {
          label: axis.title,
          labelSize: TITLE_SIZE_PX,
          labelGap: 2,
          labelFont: `600 ${FONT_PX}px ${palette.font}`,
        }
      : {}),
  };
}

function builder<T>(made: T | undefined, name: string): T {
  if (!made) throw new Error(`uPlot has no ${name} path builder`);
  return made;
}

/** A line that holds its value until the next point: level and load change in steps, not slopes. */
export const steppedPath = builder(uPlot.paths.stepped, 'stepped')({ align: 1 });

export function barsPath(): uPlot.Series.PathBuilder {
  return builder(uPlot.paths.bars, 'bars')({ size: [0.7, 28, 4], radius: 0.15 });
}

/** Shared by every chart: no cursor or zooming (nothing to hover on a phone), no uPlot legend (ours is HTML). */
export const STILL: Pick<uPlot.Options, 'cursor' | 'legend' | 'select'> = {
  cursor: { show: false, drag: { x: false, y: false } },
  legend: { show: false },
  select: { show: false, left: 0, top: 0, width: 0, height: 0 },
};

/**
 * Dots on a line, hollow so a dashed and a solid line stay apart where they meet. uPlot shows them only
 * while there is room between points, so months of workouts stay a clean line.
 */
export function dots(stroke: string, fill: string, size = 7): uPlot.Series.Points {
  return { size, width: 2, stroke, fill, space: 14 };
}
