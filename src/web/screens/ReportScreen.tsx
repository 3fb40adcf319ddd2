import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ageOn } from '../../core/accounts.ts';
import { INSTRUMENT_FULL_NAMES } from '../../core/outcomes/instruments.ts';
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
import { clinicalSummary, memberName } from './report/clinical-summary.ts';
import { MeasuresTable } from './report/MeasuresTable.tsx';
import { MEANINGFUL_CHANGE_SOURCE } from './report/report-words.ts';
import { CurrentPlan, RedFlagsList } from './report/SafetyAndPlan.tsx';
import '../progress.css';

function ReportSection({
  id,
  title,
  isAppendix = false,
  children,
}: {
  id: string;
  title: string;
  /** After the summary: on paper each appendix starts a new page. */
  isAppendix?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={isAppendix ? 'report-section report-appendix' : 'report-section'}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

interface ReportProps {
  data: ReportData;
  name: string;
  dateOfBirth: string | null;
  generatedOn: string;
}

function Report({ data, name, dateOfBirth, generatedOn }: ReportProps) {
  const unit = useWeightUnit();
  const scope = useMemberScope();
  const { training, measures, histories, instruments } = data;
  const { adherence } = training;
  const summary = clinicalSummary(name, training, measures);
  return (
    <div className="report">
      <div className="report-summary">
        <dl className="report-facts report-facts--header">
          <div>
            <dt>Member</dt>
            <dd>{memberName(name)}</dd>
          </div>
          {dateOfBirth && (
            <div>
              <dt>Date of birth</dt>
              <dd>
                {formatDate(dateOfBirth)} (aged {ageOn(dateOfBirth, generatedOn)})
              </dd>
            </div>
          )}
          <div>
            <dt>Period</dt>
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

        <ReportSection id="summary" title="Summary">
          {summary.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </ReportSection>

        <ReportSection id="red-flags" title="Red flags">
          <RedFlagsList events={training.redFlags} />
        </ReportSection>

        <ReportSection id="measures" title="Outcome measures">
          <MeasuresTable measures={measures} />
        </ReportSection>
      </div>

      <ReportSection id="measure-charts" title="Appendix A: Outcome measures over time" isAppendix>
        <MeasureCharts measures={measures} histories={histories} />
      </ReportSection>

      <ReportSection id="adherence" title="Appendix B: Adherence, volume and pain" isAppendix>
        <p>
          {adherence.planned > 0
            ? `${formatNumber(adherence.done)} of ${formatNumber(adherence.planned)} prescribed workouts completed (${shareWords(adherence.share)}).`
            : `${formatNumber(adherence.done)} workouts completed; none prescribed yet.`}
        </p>
        <TrainingCharts training={training} />
      </ReportSection>

      <ReportSection id="exercises" title="Appendix C: Range and load by exercise" isAppendix>
        <ExerciseCharts training={training} unit={unit} />
      </ReportSection>

      <ReportSection id="plan" title="Appendix D: Current plan" isAppendix>
        <CurrentPlan plan={training.plan} />
      </ReportSection>

      <ReportSection id="sources" title="Appendix E: Sources" isAppendix>
        <ul className="report-list report-list--sources">
          {instruments.map((instrument) => (
            <li key={instrument.id}>
              <strong>{INSTRUMENT_FULL_NAMES[instrument.id]}</strong>: {instrument.source}
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
 * A printable report for the member's doctor or physiotherapist: a one-page summary (the member in the
 * third person, the measures, any red flags), then the charts, the plan and the sources as appendices.
 * The member's coach prints the same report from the member's detail.
 */
export function ReportScreen() {
  const { state } = useLoginSession();
  const scope = useMemberScope();
  const generatedOn = localDay();
  const loaded = useApiData(() => loadReport(generatedOn, scope.memberId));
  const own = state.status === 'signed-in' ? state.profile : null;
  const name = scope.isOwn ? (own?.name ?? '') : scope.memberName;
  const dateOfBirth = scope.isOwn ? (own?.dateOfBirth ?? null) : scope.memberDateOfBirth;
  return (
    <Page title="Progress report" eyebrow="Backstrong" width="wide">
      {loaded.status === 'loading' && (
        <Loading what={scope.isOwn ? 'Preparing your report' : 'Preparing the report'} />
      )}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && (
        <Report data={loaded.data} name={name} dateOfBirth={dateOfBirth} generatedOn={generatedOn} />
      )}
    </Page>
  );
}
