import { Link } from 'wouter';
import { loadProgress, type ProgressData } from '../api/progress.ts';
import { useApiData } from '../api/useApiData.ts';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { formatDate, localDay } from '../format.ts';
import { useMemberScope, useWeightUnit } from '../member-scope.tsx';
import { ExerciseCharts } from './progress/ExerciseCharts.tsx';
import { MeasureCharts } from './progress/MeasureCharts.tsx';
import { hasProgress } from './progress/progress-state.ts';
import { TrainingCharts } from './progress/TrainingCharts.tsx';
import '../progress.css';

/** Before anything can be drawn: what will appear, and when. */
function NothingYet() {
  const { isOwn } = useMemberScope();
  if (!isOwn) {
    return (
      <p className="lead">
        No workouts or check-ups yet. The charts appear here after the first workout or questionnaire.
      </p>
    );
  }
  return (
    <section className="card section progress-empty" aria-labelledby="nothing-yet-heading">
      <h2 id="nothing-yet-heading">What will show here</h2>
      <p>
        <strong>After your first workout:</strong> how far you go and with what load in each exercise, your
        reps each week, and your pain during workouts beside how your back felt the next morning.
      </p>
      <p>
        <strong>After your first questionnaires:</strong> your back pain and how much it gets in your way,
        your chair stands and how your hips feel, with how big a change has to be to count.
      </p>
      <p>Every workout adds to it.</p>
      <Link href="/today" className="button button--primary">
        Go to Today
      </Link>
    </section>
  );
}

function ProgressCharts({ data }: { data: ProgressData }) {
  const unit = useWeightUnit();
  const { isOwn } = useMemberScope();
  return (
    <>
      <section className="section" aria-labelledby="measures-heading">
        <h2 id="measures-heading">{isOwn ? 'Your measures' : 'Measures'}</h2>
        <MeasureCharts measures={data.measures} histories={data.histories} />
      </section>
      <section className="section" aria-labelledby="training-heading">
        <h2 id="training-heading">{isOwn ? 'Your training' : 'Training'}</h2>
        <TrainingCharts training={data.training} />
      </section>
      <section className="section" aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">Exercise by exercise</h2>
        <ExerciseCharts training={data.training} unit={unit} />
      </section>
    </>
  );
}

/**
 * "My progress": the story so far in a few sentences, then the charts of training and measures. The same
 * for a member's coach, under the member's detail.
 */
export function ProgressScreen() {
  const scope = useMemberScope();
  const loaded = useApiData(() => loadProgress(localDay(), scope.memberId));
  return (
    <Page
      title={scope.isOwn ? 'My progress' : `Progress of ${scope.memberName}`}
      heading={scope.isOwn ? undefined : 'Progress'}
      width="wide"
    >
      {loaded.status === 'loading' && <Loading what="Loading your progress" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && (
        <>
          {loaded.data.training.since && (
            <p className="progress-since">Since {formatDate(loaded.data.training.since)}</p>
          )}
          {loaded.data.training.story.length > 0 && (
            <div className="progress-story">
              {loaded.data.training.story.map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </div>
          )}
          {hasProgress(loaded.data) ? (
            <>
              <p className="progress-links">
                <Link href={scope.href('/report')}>
                  {scope.isOwn ? 'Open a report for your doctor or physio' : 'Open the clinician report'}
                </Link>
                <Link href={scope.href('/history')}>See every workout</Link>
              </p>
              <ProgressCharts data={loaded.data} />
            </>
          ) : (
            <NothingYet />
          )}
        </>
      )}
    </Page>
  );
}
