import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, Redirect } from 'wouter';
import type {
  InstrumentDefinition,
  InstrumentHistory,
  InstrumentList,
  Measure,
  MeasuresSummary,
} from '../../../contract/measures.ts';
import { measures, measureWrites } from '../../api/measures.ts';
import { training } from '../../api/training.ts';
import { useApiData } from '../../api/useApiData.ts';
import { useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDay, localDay } from '../../format.ts';
import { useMemberData, useOutbox, useStored } from '../../offline/member-data.ts';
import { needsOnboarding } from '../TodayScreen.tsx';
import { ChairStandForm } from './ChairStandForm.tsx';
import { ChoiceQuestionnaire } from './ChoiceQuestionnaire.tsx';
import type { FormProps } from './form-props.ts';
import { MeasureResult } from './MeasureResult.tsx';
import {
  chairStandAnswers,
  choiceAnswers,
  emptyDraft,
  type MeasureDraft,
  measureDraft,
  withSubmission,
} from './measure-draft.ts';
import { aboutMinutes, plainName } from './names.ts';
import { PainForm } from './PainForm.tsx';
import './measures.css';

interface Loaded {
  view: InstrumentList;
  definition: InstrumentDefinition | undefined;
  history: InstrumentHistory | undefined;
  summary: MeasuresSummary | undefined;
  /** Why the plan is paused for safety, if it is: the chair-stand test (on your feet) waits then. */
  pauseMessage: string | null;
}

async function loadMeasure(instrumentId: string, today: string): Promise<Loaded> {
  const view = await measures.instruments();
  const definition = view.instruments.find((instrument) => instrument.id === instrumentId);
  if (!definition) return { view, definition, history: undefined, summary: undefined, pauseMessage: null };
  const [history, summary, planView] = await Promise.all([
    measures.history(definition.id),
    measures.summary(today),
    definition.id === 'chair-stand' ? training.plan(today) : undefined,
  ]);
  const pauseMessage = planView?.plan.pause ? (planView.pauseMessage ?? 'Your plan is paused.') : null;
  return { view, definition, history, summary, pauseMessage };
}

/** What the server is sent for the draft; undefined while the boxes typed do not make answers yet. */
function answersFor(
  definition: InstrumentDefinition,
  draft: MeasureDraft,
): Record<string, unknown> | undefined {
  if (definition.id !== 'chair-stand') return choiceAnswers(definition, draft);
  const checked = chairStandAnswers(draft.typed);
  return checked.isValid ? { ...checked.answers } : undefined;
}

function FormFor(props: FormProps) {
  if (props.definition.id === 'pain') return <PainForm {...props} />;
  if (props.definition.id === 'chair-stand') return <ChairStandForm {...props} />;
  return <ChoiceQuestionnaire {...props} />;
}

function AboutInstrument({ view, definition }: { view: InstrumentList; definition: InstrumentDefinition }) {
  return (
    <details className="about-instrument">
      <summary>About this {definition.id === 'chair-stand' ? 'test' : 'questionnaire'}</summary>
      <p>
        Its full name is the {definition.name}. It takes {aboutMinutes([definition.id])}.
      </p>
      {definition.id === 'oswestry' && view.oswestryWording === 'paraphrase' && (
        <p>
          The questions are in Backstrong’s own words, section by section as in the published questionnaire,
          and the score is worked out as published.
        </p>
      )}
      <p>
        Asked {definition.everyDays === 7 ? 'every week' : `every ${definition.everyDays / 7} weeks`}, so you
        can see how things change. Scored as published in: {definition.source}
      </p>
    </details>
  );
}

/**
 * One check-up: the questionnaire (or test) with its answers kept on the phone as they are given, then the
 * score in plain words. Coming back to one not due shows the latest result.
 */
export function MeasureScreen({ instrumentId }: { instrumentId: string }) {
  const member = useMemberData();
  const today = localDay();
  const loaded = useApiData(() => loadMeasure(instrumentId, today));
  const [store] = useState(() => measureDraft(member.userId, instrumentId as InstrumentDefinition['id']));
  const draft = useStored(store);
  const outbox = useOutbox(member.outbox);
  const [recorded, setRecorded] = useState<Measure | undefined>();
  const data = loaded.status === 'ready' ? loaded.data : undefined;

  const sending = useFormAction(async (current: MeasureDraft) => {
    const definition = data?.definition;
    const answers = definition && answersFor(definition, current);
    if (!definition || !answers) return;
    const attempt = withSubmission(current, today, () => crypto.randomUUID());
    store.set(attempt.draft);
    const delivery = await member.outbox.submit<Measure>(
      measureWrites.record(
        { ...attempt.submission, instrumentId: definition.id, answers },
        `Your answers: ${plainName(definition.id)}`,
      ),
    );
    if (!delivery.isSent) return;
    store.set(null);
    setRecorded(delivery.answer);
    loaded.retry();
  });

  // Kept in the outbox for later (while it is on its way now, the form stays, saying "Sending…").
  const sentId = draft?.submission?.id;
  const isWaiting =
    !sending.isBusy && sentId !== undefined && outbox.waiting.some((entry) => entry.id === sentId);
  const stored = sentId ? data?.history?.measures.find((measure) => measure.id === sentId) : undefined;

  // Sent later from the outbox: once the server has the answers, the history says so; ask it again.
  const wasWaiting = useRef(isWaiting);
  useEffect(() => {
    if (wasWaiting.current && !isWaiting) loaded.retry();
    wasWaiting.current = isWaiting;
  }, [isWaiting, loaded.retry]);

  // The server has the draft's answers (sent in the background): the draft has done its work.
  useEffect(() => {
    if (stored) {
      store.set(null);
      setRecorded(stored);
    }
  }, [stored, store]);

  if (loaded.status === 'failed' && needsOnboarding(loaded.problem)) return <Redirect to="/start" replace />;
  const definition = data?.definition;
  const title = definition ? plainName(definition.id) : 'Check-up';

  let content: ReactNode;
  if (loaded.status === 'failed') content = <LoadFailed problem={loaded.problem} retry={loaded.retry} />;
  else if (!data) content = <Loading what="Loading the questions" />;
  else if (!definition) {
    content = (
      <>
        <p className="lead">This is not one of the check-ups Backstrong asks.</p>
        <Link href="/measures" className="button button--secondary">
          See your check-ups
        </Link>
      </>
    );
  } else {
    const latest = recorded ?? data.history?.measures.at(-1);
    const isDue = [...(data.summary?.due ?? []), ...(data.summary?.snoozed ?? [])].some(
      (measure) => measure.instrumentId === definition.id,
    );
    const stillDue = (data.summary?.due ?? [])
      .map((measure) => measure.instrumentId)
      .filter((id) => id !== definition.id);
    if (data.pauseMessage && !recorded) {
      content = (
        <div className="callout callout--caution">
          <p>{data.pauseMessage}</p>
          <p>The chair-stand test is done on your feet, so it waits until your plan carries on.</p>
          <p>
            <Link href="/today">Back to Today</Link>
          </p>
        </div>
      );
    } else if (isWaiting) {
      content = (
        <div className="notice" role="status">
          <p>
            Your answers are saved on this phone and will be sent as soon as Backstrong can be reached. Your
            score shows here then.
          </p>
          <p>
            <Link href="/today">Back to Today</Link>
          </p>
        </div>
      );
    } else if (latest && (recorded || (!draft && !isDue))) {
      content = (
        <MeasureResult
          key={latest.id}
          measure={latest}
          progress={data.history}
          stillDue={stillDue}
          onTakeAgain={recorded ? undefined : () => store.set(emptyDraft(today))}
        />
      );
    } else {
      const current = draft ?? emptyDraft(today);
      content = (
        <>
          {current.startedOn !== today && (
            <p className="callout">
              You started this on {formatDay(current.startedOn)}. Your answers are kept: change any that are
              different today.
            </p>
          )}
          <FormFor
            definition={definition}
            draft={current}
            update={(next) => store.set(next)}
            submit={(next) => void sending.run(next)}
            isBusy={sending.isBusy}
            problem={sending.problem}
          />
        </>
      );
    }
  }

  return (
    <Page title={title}>
      {content}
      {data && definition && <AboutInstrument view={data.view} definition={definition} />}
    </Page>
  );
}
