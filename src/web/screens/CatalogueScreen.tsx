import { Link } from 'wouter';
import type { Exercise } from '../../core/catalogue/types.ts';
import { api } from '../api/endpoints.ts';
import { useApiData } from '../api/useApiData.ts';
import { ExerciseFigure } from '../components/ExerciseFigure.tsx';
import { isDoneLyingDown } from '../components/exercise-words.ts';
import { FigureCrop } from '../components/FigureCrop.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { useProfile } from '../login-session.tsx';

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function ExerciseCard({ exercise }: { exercise: Exercise }) {
  const fullRange = exercise.levels.at(-1)?.level ?? 1;
  return (
    <li>
      <Link href={`/exercises/${exercise.id}`} className="card card--link exercise-card">
        {/* The figure repeats the name in pictures; the link reads as the name and summary alone. */}
        <span className="exercise-card__figure" aria-hidden="true">
          <FigureCrop isLying={isDoneLyingDown(exercise)}>
            <ExerciseFigure exercise={exercise} level={fullRange} size={96} />
          </FigureCrop>
        </span>
        <span className="exercise-card__text">
          <span className="exercise-card__name">{exercise.name}</span>
          <span className="exercise-card__summary">{firstSentence(exercise.summary)}</span>
        </span>
      </Link>
    </li>
  );
}

export function CatalogueScreen() {
  const profile = useProfile();
  const catalogue = useApiData(api.exercises);
  return (
    <Page
      title="Exercises"
      heading="The exercises"
      eyebrow={profile ? `Hello, ${profile.name}` : undefined}
      width="wide"
    >
      <p className="lead">
        Five movements, each in small steps. You start with a small, comfortable range and go further as your
        hips get stronger.
      </p>
      {profile && profile.healthConsent === null && (
        <p className="callout">
          Backstrong cannot keep your pain scores or workouts until you agree to it storing your health
          information. <Link href="/account">Read and agree on your Account page</Link>.
        </p>
      )}
      {catalogue.status === 'loading' && <Loading what="Loading the exercises" />}
      {catalogue.status === 'failed' && <LoadFailed problem={catalogue.problem} retry={catalogue.retry} />}
      {catalogue.status === 'ready' && (
        <ul className="card-list">
          {catalogue.data.exercises.map((exercise) => (
            <ExerciseCard key={exercise.id} exercise={exercise} />
          ))}
        </ul>
      )}
    </Page>
  );
}
