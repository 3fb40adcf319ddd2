import { useCallback, useMemo } from 'react';
import type { WeightUnit } from '../../../core/catalogue/loads.ts';
import type { ExerciseProgress } from '../../../core/progress/types.ts';
import { formatLoad, formatNumber } from '../../format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { dateAxis, dots, STILL, steppedPath, valueAxis } from './chart-options.ts';
import { exerciseCaption, exerciseNow, levelWords, tableDay } from './chart-words.ts';
import type { ChartPalette } from './palette.ts';
import { type Columns, exerciseColumns, timeRange, wrapLabel } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

interface ExerciseChartProps {
  exercise: ExerciseProgress;
  unit: WeightUnit;
}

/** Room for each level or load step on its axis: two short lines of label on a phone. */
const ROW_PX = 46;
/** On paper the labels take one line each, so the rows can be closer: two exercises fit an A4 page. */
const PRINT_ROW_PX = 24;
/** Charts narrower than this (a phone) break their axis labels after about 10 characters. */
const WIDE_CHART_PX = 500;

/** "Thighs near level" in one line on a wide chart, over two on a phone, so the plot keeps its width. */
function axisLabel(text: string | undefined, chartWidth: number): string {
  if (!text) return '';
  return wrapLabel(text.charAt(0).toUpperCase() + text.slice(1), chartWidth >= WIDE_CHART_PX ? 18 : 10);
}

/**
 * One exercise's range level and load over time, as two charts stacked on the same dates, each with its
 * own titled scale: range level above (by level name, solid line), load below (bodyweight, then bands,
 * then weights, dashed line). Step lines: each holds until the workout that changed it, and the method
 * moves them in turn. Apart, a level can never be read off against a load label.
 */
export function ExerciseChart({ exercise, unit }: ExerciseChartProps) {
  const data = useMemo(() => exerciseColumns(exercise), [exercise]);
  const levelData = useMemo((): Columns => [data[0], data[1] ?? []], [data]);
  const loadData = useMemo((): Columns => [data[0], data[2] ?? []], [data]);
  const levels = useMemo(() => exercise.levelNames.map((_name, index) => index + 1), [exercise]);
  const steps = Math.max(exercise.loadSteps.length, 1);
  // Both y axes are as wide as the widest label of either, so the two charts' dates line up.
  const everyLabel = useCallback(
    (width: number) =>
      [...exercise.levelNames, ...exercise.loadSteps].map((label) => axisLabel(label, width)),
    [exercise],
  );

  const levelOptions = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 2) },
        level: { range: (): [number, number] => [0.6, Math.max(levels.length, 1) + 0.4] },
      },
      series: [
        {},
        {
          label: 'Range level',
          scale: 'level',
          stroke: palette.primary,
          width: 3,
          paths: steppedPath,
          points: dots(palette.primary, palette.primary),
        },
      ],
      axes: [
        dateAxis(palette, { areDatesShown: false }),
        valueAxis(palette, {
          scale: 'level',
          title: 'Range level',
          splits: levels,
          labels: (level, width) => axisLabel(exercise.levelNames[level - 1] ?? `Level ${level}`, width),
          alsoFits: everyLabel,
        }),
      ],
    }),
    [data, exercise, levels, everyLabel],
  );

  const loadOptions = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 2) },
        load: { range: (): [number, number] => [-0.4, steps - 0.6] },
      },
      series: [
        {},
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
          scale: 'load',
          // Bands have no weight, so the scale's unit is the load itself: bodyweight, a band, a weight.
          title: 'Load',
          splits: exercise.loadSteps.map((_label, step) => step),
          labels: (step, width) => axisLabel(exercise.loadSteps[step], width),
          alsoFits: everyLabel,
        }),
      ],
    }),
    [data, exercise, steps, everyLabel],
  );

  return (
    <ChartFigure
      title={exercise.name}
      now={exerciseNow(exercise, unit)}
      explanation="Two charts on the same dates: your range level above (solid line) and your load below (dashed line), each on its own scale. They take turns to go up."
      caption={exerciseCaption(exercise)}
      keyItems={[
        { mark: 'line', label: 'Range level: upper chart, by level' },
        { mark: 'dashed', label: 'Load: lower chart, bodyweight up' },
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
      <div className="exercise-chart__level">
        <UPlotChart
          options={levelOptions}
          data={levelData}
          height={Math.max(120, levels.length * ROW_PX + 12)}
          printHeight={Math.max(80, levels.length * PRINT_ROW_PX + 12)}
        />
      </div>
      <div className="exercise-chart__load">
        <UPlotChart
          options={loadOptions}
          data={loadData}
          height={Math.max(110, steps * ROW_PX + 40)}
          printHeight={Math.max(80, steps * PRINT_ROW_PX + 36)}
        />
      </div>
    </ChartFigure>
  );
}
