import { useState } from 'react';
import { Link } from 'wouter';
import type { Exercise } from '../../core/catalogue/types.ts';
import { api } from '../api/endpoints.ts';
import { useApiData } from '../api/useApiData.ts';
import { describeEquipmentChoices, LOAD_WORDS } from '../components/exercise-words.ts';
import { LevelPicker } from '../components/LevelPicker.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { MovementFigure } from '../components/MovementFigure.tsx';
import { Page } from '../components/Page.tsx';
import { formCheckPath } from '../form-check/handoff.ts';
import { ExerciseArticles } from './learn/ExerciseArticles.tsx';

function BackLink() {
  return (
    <Link href="/exercises" className="back-link">
      <span aria-hidden="true">←</span>All exercises
    </Link>
  );
}

function Levels({ exercise }: { exercise: Exercise }) {
  const [chosen, setChosen] = useState(exercise.levels[0]?.level ?? 1);
  const range = exercise.levels.find((candidate) => candidate.level === chosen);
  if (!range) return null;
  return (
    <section className="section" aria-labelledby="levels-heading">
      <h2 id="levels-heading">How far to go</h2>
      <p>
        There are {exercise.levels.length} levels, from a small movement to the full range. Start at level 1;
        the program tells you when to go further.
      </p>
      <LevelPicker levels={exercise.levels} chosen={chosen} onChoose={setChosen} />
      <div className="level card" aria-live="polite">
        <div className="level__figure">
          <MovementFigure exercise={exercise} level={range.level} load={exercise.loadOptions[0]} size={260} />
        </div>
        <div className="level__text">
          <h3>
            Level {range.level} of {exercise.levels.length}: {range.name}
          </h3>
          <p>{range.description}</p>
          <p className="level__key">
            The figure moves through one rep of this level. The pale figure behind it shows the full range,
            for when you get there.
          </p>
        </div>
      </div>
    </section>
  );
}

function NumberedSteps({ steps }: { steps: readonly string[] }) {
  return (
    <ol className="steps">
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}

function Equipment({ exercise }: { exercise: Exercise }) {
  const choices = describeEquipmentChoices(exercise.requires);
  return (
    <section className="section" aria-labelledby="equipment-heading">
      <h2 id="equipment-heading">What you need</h2>
      {choices.length === 0 && <p>No special equipment. You can start with nothing but your own body.</p>}
      {choices.length === 1 && <p>{choices[0]}.</p>}
      {choices.length > 1 && (
        <>
          <p>Either of these:</p>
          <ul className="bullets">
            {choices.map((choice) => (
              <li key={choice}>{choice}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Adding weight, step by step</h3>
      <p>When a level feels easy, the program adds load in this order:</p>
      <ol className="steps">
        {exercise.loadOptions.map((kind) => (
          <li key={kind}>
            {LOAD_WORDS[kind]}
            {exercise.loadPlacement?.[kind] && (
              <span className="steps__detail">{exercise.loadPlacement[kind]}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ExerciseDetails({ exercise }: { exercise: Exercise }) {
  return (
    <Page title={exercise.name} width="wide" before={<BackLink />}>
      <p className="lead">{exercise.summary}</p>
      <Levels exercise={exercise} />

      <section className="section callout callout--caution" aria-labelledby="not-yet-heading">
        <h2 id="not-yet-heading">Not yet if…</h2>
        <p>Leave this exercise for now:</p>
        <ul className="bullets">
          {exercise.notYet.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </section>

      <Equipment exercise={exercise} />

      <section className="section" aria-labelledby="setup-heading">
        <h2 id="setup-heading">Getting ready</h2>
        <NumberedSteps steps={exercise.setup} />
      </section>

      <section className="section" aria-labelledby="cues-heading">
        <h2 id="cues-heading">As you move</h2>
        <ul className="bullets">
          {exercise.cues.map((cue) => (
            <li key={cue}>{cue}</li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="faults-heading">
        <h2 id="faults-heading">Common mistakes and how to fix them</h2>
        <ul className="faults">
          {exercise.faults.map((fault) => (
            <li key={fault.id} className="fault card">
              <p className="fault__looks">{fault.looksLike}</p>
              <p className="fault__fix">
                <strong>Fix: </strong>
                {fault.cue}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <ExerciseArticles exerciseId={exercise.id} />

      <section className="section" aria-labelledby="form-check-heading">
        <h2 id="form-check-heading">Check your form with the camera</h2>
        <p>
          Film a set with your phone, live or from a video: Backstrong counts your reps and watches your
          depth, knees and trunk. The video stays on your phone.
        </p>
        <Link href={formCheckPath(exercise.id)} className="button button--secondary">
          Check my {exercise.name.toLowerCase()} form
        </Link>
      </section>

      {exercise.variant && (
        <section className="section" aria-labelledby="variant-heading">
          <h2 id="variant-heading">Another way: {exercise.variant.name}</h2>
          <p>{exercise.variant.when}</p>
          <NumberedSteps steps={exercise.variant.setup} />
        </section>
      )}
      <BackLink />
    </Page>
  );
}

export function ExerciseScreen({ id }: { id: string }) {
  const loaded = useApiData(() => api.exercise(id));
  if (loaded.status === 'ready') {
    return <ExerciseDetails exercise={loaded.data} />;
  }
  if (loaded.status === 'failed' && loaded.problem.status === 404) {
    return (
      <Page title="Exercise not found" heading="We cannot find this exercise">
        <p className="lead">It may have a different name now. All the exercises are in the list.</p>
        <div className="actions">
          <Link href="/exercises" className="button button--primary">
            See all exercises
          </Link>
        </div>
      </Page>
    );
  }
  if (loaded.status === 'loading') return <Loading what="Loading the exercise" />;
  return (
    <Page title="Exercise" heading="This exercise did not load" before={<BackLink />}>
      <LoadFailed problem={loaded.problem} retry={loaded.retry} />
    </Page>
  );
}
