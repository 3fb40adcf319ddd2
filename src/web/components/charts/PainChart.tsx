import { useCallback, useMemo } from 'react';
import type { PainPoint } from '../../../core/progress/types.ts';
import { formatNumber } from '../../format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { dateAxis, dots, STILL, valueAxis } from './chart-options.ts';
import { painCaption, tableDay } from './chart-words.ts';
import type { ChartPalette } from './palette.ts';
import { painColumns, timeRange } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

const PAIN_SCALE = [0, 2, 4, 6, 8, 10];

/** Pain during each workout (the highest logged) beside the next morning's check-in, both 0–10. */
export function PainChart({ points }: { points: readonly PainPoint[] }) {
  const data = useMemo(() => painColumns(points), [points]);
  const options = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 2) },
        pain: { range: (): [number, number] => [0, 10] },
      },
      series: [
        {},
        {
          label: 'During the workout',
          scale: 'pain',
          stroke: palette.primary,
          width: 2.5,
          points: dots(palette.primary, palette.surface),
        },
        {
          label: 'Next morning',
          scale: 'pain',
          stroke: palette.second,
          width: 2.5,
          dash: [7, 5],
          points: dots(palette.second, palette.surface, 6),
        },
      ],
      axes: [dateAxis(palette), valueAxis(palette, { scale: 'pain', splits: PAIN_SCALE })],
    }),
    [data],
  );

  const told = points.filter((point) => point.during !== null || point.nextMorning !== null);
  return (
    <ChartFigure
      title="Pain during workouts and the next morning"
      explanation="0 is no pain, 10 the worst. Pain that settles by the next morning is a good sign the load suits you."
      caption={painCaption(points)}
      keyItems={[
        { mark: 'line', label: 'During the workout' },
        { mark: 'dashed', label: 'Next morning' },
      ]}
      table={{
        caption: 'Pain by workout, 0 to 10',
        columns: ['Workout', 'During', 'Next morning'],
        rows: told.map((point) => [
          tableDay(point.date),
          point.during === null ? 'Not logged' : formatNumber(point.during),
          point.nextMorning === null ? 'No check-in' : formatNumber(point.nextMorning),
        ]),
      }}
    >
      <UPlotChart options={options} data={data} height={200} printHeight={150} />
    </ChartFigure>
  );
}
