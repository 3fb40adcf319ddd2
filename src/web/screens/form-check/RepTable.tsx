import type { Exercise } from '../../../core/catalogue/types.ts';
import type { FormRep } from '../../../core/form/rep-result.ts';
import { degreesWords, kneesWords, repResultShortWords, shortLevelWords, trunkWords } from './form-words.ts';
import { turnWord } from './turn-words.ts';

/** Every rep, complete or partial: its angle at the turn, the level that gives, knees and trunk. */
export function RepTable({ exercise, reps }: { exercise: Exercise; reps: readonly FormRep[] }) {
  // Knees are seen only from the front and the trunk only from the side: a column of dashes says nothing.
  const hasKnees = reps.some((rep) => rep.maxValgus !== null);
  const hasTrunk = reps.some((rep) => rep.maxTrunkLean !== null);
  return (
    <section className="section" aria-labelledby="rep-table-heading">
      <h2 id="rep-table-heading">Rep by rep</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls, and keyboards must reach it. */}
      <section className="rep-table" aria-label="Each rep, in a table" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Result</th>
              <th scope="col">{turnWord(exercise) === 'top' ? 'Top' : 'Bottom'} angle</th>
              <th scope="col">Level</th>
              {hasKnees && <th scope="col">Knees</th>}
              {hasTrunk && <th scope="col">Trunk</th>}
            </tr>
          </thead>
          <tbody>
            {reps.map((rep) => (
              <tr key={rep.number} className={rep.isComplete ? undefined : 'rep-table__partial'}>
                <th scope="row">{rep.number}</th>
                <td>{repResultShortWords(rep)}</td>
                <td>{degreesWords(rep.turnAngle)}</td>
                <td>{shortLevelWords(exercise, rep.level)}</td>
                {hasKnees && <td>{kneesWords(rep)}</td>}
                {hasTrunk && <td>{trunkWords(rep)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="rep-table__note">
        Partial reps are not counted.{' '}
        {hasKnees
          ? 'Knees are judged from the front, against how you stood at the start.'
          : 'From the side the camera sees your hips and trunk; it judges knees only from the front.'}
      </p>
    </section>
  );
}
