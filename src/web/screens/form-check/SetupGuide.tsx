import type { Exercise } from '../../../core/catalogue/types.ts';
import { MovementFigure } from '../../components/MovementFigure.tsx';
import { levelWords } from './form-words.ts';
import { PhonePlacement } from './PhonePlacement.tsx';
import { setupWords } from './setup-words.ts';
import type { PoseRuntimeState } from './usePoseRuntime.ts';

interface SetupGuideProps {
  exercise: Exercise;
  targetLevel: number | null;
  runtime: PoseRuntimeState;
  onLive(): void;
  onRecording(): void;
}

function RuntimeLine({ runtime }: { runtime: PoseRuntimeState }) {
  const words =
    runtime.status === 'ready'
      ? 'The form check is ready.'
      : runtime.status === 'loading'
        ? 'Getting the form check ready while you read…'
        : 'The form check did not load. Choose how to check your form to try again.';
  return (
    <p className="form-check__runtime" role="status">
      {words}
    </p>
  );
}

/** Before the check: where the phone goes, distance, light and clothes, then camera or video. */
export function SetupGuide({ exercise, targetLevel, runtime, onLive, onRecording }: SetupGuideProps) {
  const words = setupWords(exercise);
  const level = targetLevel ?? 1;
  return (
    <>
      <p className="lead">The camera counts your reps and checks your form as you move. {words.whatItSees}</p>
      {targetLevel !== null && (
        <p>
          Your level: <strong>{levelWords(exercise, targetLevel)}</strong>
        </p>
      )}
      <div className="setup-pictures">
        <PhonePlacement exercise={exercise} />
        <figure className="setup-pictures__figure">
          <MovementFigure exercise={exercise} level={level} size={200} />
          <figcaption>{levelWords(exercise, level)}</figcaption>
        </figure>
      </div>
      <section className="section" aria-labelledby="setup-heading">
        <h2 id="setup-heading">Set up the phone</h2>
        <ol className="steps">
          <li>{words.placement}</li>
          <li>{words.distance}</li>
          <li>{words.light}</li>
          <li>{words.clothing}</li>
        </ol>
      </section>
      <section className="section callout form-check__privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your video stays on this phone</h2>
        <p>
          The form check runs here, on this phone. The picture is never sent anywhere or saved: only the
          numbers (reps, level, form faults) are kept, and only if you choose to use them.
        </p>
      </section>
      <section className="section" aria-labelledby="how-heading">
        <h2 id="how-heading">How do you want to check?</h2>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={onLive}>
            Use the camera
          </button>
          <button type="button" className="button button--secondary" onClick={onRecording}>
            Pick or record a video
          </button>
        </div>
        <RuntimeLine runtime={runtime} />
      </section>
    </>
  );
}
