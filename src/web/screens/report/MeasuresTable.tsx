import type { MeasurePoint, MeasuresSummary } from '../../../contract/measures.ts';
import { INSTRUMENT_FULL_NAMES } from '../../../core/outcomes/instruments.ts';
import { scoreWords, tableDay } from '../../components/charts/chart-words.ts';
import { changeWords, thresholdsWords, verdictWords } from './report-words.ts';

function Score({ point }: { point: MeasurePoint | null }) {
  if (!point) return <>Not taken</>;
  return (
    <>
      <strong>{scoreWords(point.value)}</strong>
      <span className="report-table__date">{tableDay(point.takenOn)}</span>
    </>
  );
}

/** Every instrument's baseline and latest score with their dates, the change, and what it means. */
export function MeasuresTable({ measures }: { measures: MeasuresSummary }) {
  return (
    <>
      <div className="report-table">
        <table>
          <caption className="visually-hidden">
            Outcome measures: baseline, latest and meaningful change
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Baseline</th>
              <th scope="col">Latest</th>
              <th scope="col">Change</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {measures.instruments.map((instrument) => (
              <tr key={instrument.instrumentId}>
                <th scope="row">
                  {INSTRUMENT_FULL_NAMES[instrument.instrumentId]}
                  <span className="report-table__scale">{instrument.headline.label}</span>
                </th>
                <td data-label="Baseline">
                  <Score point={instrument.baseline} />
                </td>
                <td data-label="Latest">
                  <Score
                    point={
                      instrument.latest && instrument.latest.measureId !== instrument.baseline?.measureId
                        ? instrument.latest
                        : null
                    }
                  />
                </td>
                <td data-label="Change">{changeWords(instrument)}</td>
                <td data-label="Meaning">{verdictWords(instrument, measures.startBack)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="report-note">
        Baseline is the first score. A meaningful change is the published minimal important change:{' '}
        {thresholdsWords()}.
      </p>
    </>
  );
}
