import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { loadReport, type ReportData } from '../api/progress.ts';
import { useApiData } from '../api/useApiData.ts';
import { shareWords } from '../components/charts/chart-words.ts';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { formatDate, formatNumber, localDay } from '../format.ts';
import { useLoginSession } from '../login-session.tsx';
import { useMemberScope, useWeightUnit } from '../member-scope.tsx';
import { ExerciseCharts } from './progress/ExerciseCharts.tsx';
import { MeasureCharts } from './progress/MeasureCharts.tsx';
import { TrainingCharts } from './progress/TrainingCharts.tsx';
import { MeasuresTable } from './report/MeasuresTable.tsx';
import { MEANINGFUL_CHANGE_SOURCE } from './report/report-words.ts';
import { CurrentPlan, RedFlagsList } from './report/SafetyAndPlan.tsx';
import '../progress.css';

function ReportSection({
  id,
  title,
  isNewPage = false,
  children,
}: {
  id: string;
  title: string;
  /** On paper, the section starts a new page. */
  isNewPage?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={isNewPage ? 'report-section report-section--new-page' : 'report-section'}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function Report({ data, name, generatedOn }: { data: ReportData; name: string; generatedOn: string }) {
  const unit = useWeightUnit();
  const scope = useMemberScope();
  const { training, measures, histories, instruments } = data;
  const { adherence } = training;
  return (
    <div className="report">
      <dl className="report-facts report-facts--header">
        <div>
          <dt>Member</dt>
          <dd>{name}</dd>
        </div>
        <div>
          <dt>Training</dt>
          <dd>
            {training.since
              ? `${formatDate(training.since)} to ${formatDate(training.until)}`
              : 'Not started yet'}
          </dd>
        </div>
        <div>
          <dt>Generated</dt>
          <dd>{formatDate(generatedOn)}</dd>
        </div>
      </dl>
      <div className="report-actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <Link href={scope.href('/progress')} className="button button--secondary">
          {scope.isOwn ? 'Back to my progress' : 'Back to progress'}
        </Link>
      </div>

      <ReportSection id="summary" title="In short">
        {training.story.length > 0 ? (
          training.story.map((sentence) => <p key={sentence}>{sentence}</p>)
        ) : (
          <p>No training or measures recorded yet.</p>
        )}
      </ReportSection>

      <ReportSection id="red-flags" title="Red flags">
        <RedFlagsList events={training.redFlags} />
      </ReportSection>

      <ReportSection id="measures" title="Outcome measures">
        <MeasuresTable measures={measures} />
      </ReportSection>

      <ReportSection id="measure-charts" title="Outcome measures over time" isNewPage>
        <MeasureCharts measures={measures} histories={histories} />
      </ReportSection>

      <ReportSection id="adherence" title="Adherence and training" isNewPage>
        <p>
          {adherence.planned > 0
            ? `${formatNumber(adherence.done)} of ${formatNumber(adherence.planned)} planned workouts done (${shareWords(adherence.share)}).`
            : `${formatNumber(adherence.done)} workouts done; none planned yet.`}
        </p>
        <TrainingCharts training={training} />
      </ReportSection>

      <ReportSection id="exercises" title="Range and load by exercise" isNewPage>
        <ExerciseCharts training={training} unit={unit} />
      </ReportSection>

      <ReportSection id="plan" title="Current plan" isNewPage>
        <CurrentPlan plan={training.plan} />
      </ReportSection>

      <ReportSection id="sources" title="Sources">
        <ul className="report-list report-list--sources">
          {instruments.map((instrument) => (
            <li key={instrument.id}>
              <strong>{instrument.name}</strong>: {instrument.source}
            </li>
          ))}
          <li>
            <strong>Meaningful change</strong>: {MEANINGFUL_CHANGE_SOURCE}
          </li>
        </ul>
      </ReportSection>
    </div>
  );
}

/**
 * A printable report for the member's doctor or physiotherapist: measures, training, safety and plan. The
 * member's coach prints the same report from the member's detail.
 */
export function ReportScreen() {
  const { state } = useLoginSession();
  const scope = useMemberScope();
  const generatedOn = localDay();
  const loaded = useApiData(() => loadReport(generatedOn, scope.memberId));
  const ownName = state.status === 'signed-in' ? state.profile.name : '';
  const name = scope.isOwn ? ownName : scope.memberName;
  return (
    <Page title="Progress report" eyebrow="Backstrong" width="wide">
      {loaded.status === 'loading' && (
        <Loading what={scope.isOwn ? 'Preparing your report' : 'Preparing the report'} />
      )}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && <Report data={loaded.data} name={name} generatedOn={generatedOn} />}
    </Page>
  );
}
