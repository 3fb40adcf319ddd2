import { useCallback, useMemo } from 'react';
import type { WeekVolume } from '../../../core/progress/types.ts';
import { formatNumber } from '../../format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { barsPath, dateAxis, STILL, valueAxis } from './chart-options.ts';
import { tableDay, volumeCaption } from './chart-words.ts';
import type { ChartPalette } from './palette.ts';
import { timeRange, weeklyVolumeColumns } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

/** Reps done each week, all exercises together, as bars. */
export function WeeklyVolumeChart({ weeks }: { weeks: readonly WeekVolume[] }) {
  const data = useMemo(() => weeklyVolumeColumns(weeks), [weeks]);
  const options = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 4) },
        reps: {
          range: (_chart: unknown, _min: number, max: number): [number, number] => [
            0,
            Math.max(10, max * 1.1),
          ],
        },
      },
      series: [
        {},
        {
          label: 'Reps',
          scale: 'reps',
          stroke: palette.primary,
          fill: palette.primary,
          width: 0,
          paths: barsPath(),
          points: { show: false },
        },
      ],
      axes: [dateAxis(palette), valueAxis(palette, { scale: 'reps' })],
    }),
    [data],
  );

  return (
    <ChartFigure
      title="Reps each week"
      explanation="Every rep you logged, all exercises together, one bar a week (weeks start on Monday)."
      caption={volumeCaption(weeks)}
      table={{
        caption: 'Sets and reps each week',
        columns: ['Week from', 'Sets', 'Reps'],
        rows: weeks.map((week) => [
          tableDay(week.weekStart),
          formatNumber(week.sets),
          formatNumber(week.reps),
        ]),
      }}
    >
      <UPlotChart options={options} data={data} height={200} printHeight={150} />
    </ChartFigure>
  );
}
