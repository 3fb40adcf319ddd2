import type { InstrumentHistory, MeasuresSummary } from '../../../contract/measures.ts';
import { isCharted } from '../../api/progress.ts';
import { ChartEmpty } from '../../components/charts/ChartFigure.tsx';
import { MeasureChart } from '../../components/charts/MeasureChart.tsx';

/** Every charted outcome measure over time; the ones not taken yet say when they will be asked. */
export function MeasureCharts({
  measures,
  histories,
}: {
  measures: MeasuresSummary;
  histories: readonly InstrumentHistory[];
}) {
  return (
    <div className="charts-grid charts-grid--pairs">
      {measures.instruments
        .filter((instrument) => isCharted(instrument.instrumentId))
        .map((instrument) => {
          const history = histories.find((item) => item.instrumentId === instrument.instrumentId);
          if (history?.baseline) return <MeasureChart key={instrument.instrumentId} history={history} />;
          return (
            <ChartEmpty key={instrument.instrumentId} title={instrument.name}>
              Not taken yet. It is asked{' '}
              {instrument.instrumentId === 'pain' ? 'every week' : 'every four weeks'}, and your scores will
              show here from the first one.
            </ChartEmpty>
          );
        })}
    </div>
  );
}
