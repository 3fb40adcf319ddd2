import { useCallback, useMemo } from 'react';
import uPlot from 'uplot';
import type { InstrumentHistory } from '../../../contract/measures.ts';
import { ChartFigure, type KeyItem } from './ChartFigure.tsx';
import { type ChangeBand, changeBandOf, measureRange } from './change-band.ts';
import { dateAxis, dots, STILL, valueAxis } from './chart-options.ts';
import { measureCaption, scoreWords, tableDay } from './chart-words.ts';
import type { ChartPalette } from './palette.ts';
import { measureColumns, timeRange } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

/**
 * Draws the band of usual ups and downs (shaded, with thin edges) and the baseline (dashed) behind the
 * grid and the line, in canvas pixels.
 */
function drawChangeBand(band: ChangeBand, palette: ChartPalette) {
  return (chart: uPlot) => {
    const { ctx } = chart;
    const { left, width } = chart.bbox;
    const ratio = uPlot.pxRatio;
    const y = (value: number) => chart.valToPos(value, 'score', true);
    ctx.save();
    if (band.band) {
      const top = y(band.band.high);
      const bottom = y(band.band.low);
      ctx.fillStyle = palette.band;
      ctx.fillRect(left, top, width, bottom - top);
      ctx.strokeStyle = palette.primary;
      ctx.globalAlpha = 0.5;
      ctx.lineWidth = ratio;
      ctx.setLineDash([2 * ratio, 3 * ratio]);
      for (const edge of [top, bottom]) {
        ctx.beginPath();
        ctx.moveTo(left, edge);
        ctx.lineTo(left + width, edge);
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
    }
    ctx.strokeStyle = palette.muted;
    ctx.lineWidth = 2 * ratio;
    ctx.setLineDash([8 * ratio, 5 * ratio]);
    ctx.beginPath();
    ctx.moveTo(left, y(band.baseline));
    ctx.lineTo(left + width, y(band.baseline));
    ctx.stroke();
    ctx.restore();
  };
}

function keyFor(band: ChangeBand | null): KeyItem[] {
  const items: KeyItem[] = [{ mark: 'line', label: 'Your score' }];
  if (band) items.push({ mark: 'baseline', label: 'Your first score' });
  if (band?.band) items.push({ mark: 'band', label: 'Usual ups and downs' });
  return items;
}

/** One outcome measure over time, with its baseline and, where published, the meaningful-change band. */
export function MeasureChart({ history }: { history: InstrumentHistory }) {
  const data = useMemo(() => measureColumns(history.measures), [history]);
  const band = useMemo(() => changeBandOf(history), [history]);
  const range = useMemo(() => {
    const values = data[1]?.filter((value): value is number => value !== null) ?? [];
    return measureRange(history, band?.band ? [...values, band.band.high] : values);
  }, [data, band, history]);

  const options = useCallback(
    (palette: ChartPalette) => ({
      ...STILL,
      scales: {
        x: { time: true, range: (): [number, number] => timeRange(data[0], 3) },
        score: { range: (): [number, number] => range },
      },
      series: [
        {},
        {
          label: history.headline.label,
          scale: 'score',
          stroke: palette.primary,
          width: 3,
          points: dots(palette.primary, palette.surface),
        },
      ],
      axes: [dateAxis(palette), valueAxis(palette, { scale: 'score' })],
      hooks: band ? { drawClear: [drawChangeBand(band, palette)] } : {},
    }),
    [data, range, band, history],
  );

  const better = history.headline.isHigherBetter ? 'higher is better' : 'lower is better';
  const bandWords = band?.band
    ? ' Inside the shaded band is the usual ups and downs; outside it is a meaningful change.'
    : '';
  return (
    <ChartFigure
      title={history.name}
      explanation={`${history.headline.label}: ${better}.${bandWords}`}
      caption={measureCaption(history)}
      keyItems={keyFor(band)}
      table={{
        caption: `${history.name}: every score`,
        columns: ['Date', history.headline.label],
        rows: history.measures.flatMap((measure) =>
          measure.value === null ? [] : [[tableDay(measure.takenOn), scoreWords(measure.value)]],
        ),
      }}
    >
      <UPlotChart options={options} data={data} height={210} printHeight={150} />
    </ChartFigure>
  );
}
