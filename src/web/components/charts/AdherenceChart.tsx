import { useCallback, useMemo } from 'react';
import type { Adherence } from '../../../core/progress/types.ts';
import { formatNumber } from '../../format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { barsPath, dateAxis, dots, STILL, steppedPath, valueAxis } from './chart-options.ts';
import { adherenceCaption, tableDay } from './chart-words.ts';
import type { ChartPalette } from './palette.ts';
import { adherenceColumns, timeRange } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

/** Workouts done each week (bars) against the number the plan asked for (a dashed line). */
export function AdherenceChart({ adherence }: { adherence: Adherence }) {
  const data = useMemo(() => adherenceColumns(adherence), [adherence]);
  const most = Math.max(1, ...adherence.weeks.map((week) => Math.max(week.done, week.planned)));
  const options = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 4) },
        workouts: { range: (): [number, number] => [0, most + 1] },
      },
      series: [
        {},
        {
          label: 'Done',
          scale: 'workouts',
          stroke: palette.primary,
          fill: palette.primary,
          width: 0,
          paths: barsPath(),
          points: { show: false },
        },
        {
          label: 'Planned',
          scale: 'workouts',
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
          scale: 'workouts',
          splits: Array.from({ length: most + 2 }, (_unused, count) => count),
        }),
      ],
    }),
    [data, most],
  );

  return (
    <ChartFigure
      title="Workouts each week"
      explanation="The bars are the workouts you did; the dashed line is how many your plan asked for that week."
      caption={adherenceCaption(adherence)}
      keyItems={[
        { mark: 'bar', label: 'Done' },
        { mark: 'dashed', label: 'Planned' },
      ]}
      table={{
        caption: 'Workouts done and planned each week',
        columns: ['Week from', 'Done', 'Planned'],
        rows: adherence.weeks.map((week) => [
          tableDay(week.weekStart),
          formatNumber(week.done),
          formatNumber(week.planned),
        ]),
      }}
    >
      <UPlotChart options={options} data={data} height={190} printHeight={140} />
    </ChartFigure>
  );
}
