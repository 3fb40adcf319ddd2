import { useCallback, useMemo } from 'react';
import type { WeightUnit } from '../../../core/catalogue/loads.ts';
import type { ExerciseProgress } from '../../../core/progress/types.ts';
import { formatLoad, formatNumber } from '../../format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { dateAxis, dots, STILL, steppedPath, valueAxis } from './chart-options.ts';
import { exerciseCaption, exerciseNow, levelWords, tableDay } from './chart-words.ts';
import type { ChartPalette } from './palette.ts';
import { exerciseColumns, timeRange, wrapLabel } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

interface ExerciseChartProps {
  exercise: ExerciseProgress;
  unit: WeightUnit;
}

/** Room for each level or load step on its axis: two short lines of label on a phone. */
const ROW_PX = 46;
/** On paper the labels take one line each, so the rows can be closer. */
const PRINT_ROW_PX = 34;
/** Charts narrower than this (a phone) break their axis labels after about 10 characters. */
const WIDE_CHART_PX = 500;

/** "Thighs near level" in one line on a wide chart, over two on a phone, so the plot keeps its width. */
function axisLabel(text: string | undefined, chartWidth: number): string {
  if (!text) return '';
  return wrapLabel(text.charAt(0).toUpperCase() + text.slice(1), chartWidth >= WIDE_CHART_PX ? 18 : 10);
}

/**
 * One exercise's range level (left axis, by level name) and load (right axis, by load step) over time,
 * as step lines: each holds until the workout that changed it, and the method moves them in turn.
 */
export function ExerciseChart({ exercise, unit }: ExerciseChartProps) {
  const data = useMemo(() => exerciseColumns(exercise), [exercise]);
  const levels = useMemo(() => exercise.levelNames.map((_name, index) => index + 1), [exercise]);
  const steps = Math.max(exercise.loadSteps.length, 1);
  const rows = Math.max(levels.length, steps);
  const height = Math.max(210, rows * ROW_PX + 44);
  const printHeight = Math.max(180, rows * PRINT_ROW_PX + 44);

  const options = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 2) },
        level: { range: (): [number, number] => [0.6, Math.max(levels.length, 1) + 0.4] },
        load: { range: (): [number, number] => [-0.4, steps - 0.6] },
      },
      series: [
        {},
        {
          label: 'Range level',
          scale: 'level',
          stroke: palette.primary,
          width: 3,
          paths: steppedPath,
          points: dots(palette.primary, palette.surface),
        },
        {
          label: 'Load',
          scale: 'load',
          stroke: palette.second,
          width: 2.5,
          dash: [7, 5],
          paths: steppedPath,
          points: dots(palette.second, palette.surface, 6),
        },
      ],
      axes: [
        dateAxis(palette),
        valueAxis(palette, {
          scale: 'level',
          splits: levels,
          labels: (level, width) => axisLabel(exercise.levelNames[level - 1] ?? `Level ${level}`, width),
        }),
        valueAxis(palette, {
          scale: 'load',
          side: 1,
          splits: exercise.loadSteps.map((_label, step) => step),
          labels: (step, width) => axisLabel(exercise.loadSteps[step], width),
          isGridShown: false,
        }),
      ],
    }),
    [data, exercise, levels, steps],
  );

  return (
    <ChartFigure
      title={exercise.name}
      now={exerciseNow(exercise, unit)}
      explanation="Your range (solid line, left) and load (dashed line, right) at each workout. They take turns to go up."
      caption={exerciseCaption(exercise)}
      keyItems={[
        { mark: 'line', label: 'Range level' },
        { mark: 'dashed', label: 'Load' },
      ]}
      table={{
        caption: `${exercise.name}: range level and load by workout`,
        columns: ['Date', 'Range level', 'Load', 'Sets', 'Good reps'],
        rows: exercise.points.map((point) => [
          tableDay(point.date),
          levelWords(exercise, point.level),
          formatLoad(point.load, unit),
          formatNumber(point.sets),
          `${formatNumber(point.goodReps)} of ${formatNumber(point.reps)}`,
        ]),
      }}
    >
      <UPlotChart options={options} data={data} height={height} printHeight={printHeight} />
    </ChartFigure>
  );
}
