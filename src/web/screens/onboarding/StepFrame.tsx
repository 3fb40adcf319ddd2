import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'wouter';
import { Page } from '../../components/Page.tsx';
import { historyState } from '../today/today-data.ts';
import type { OnboardingDraft, StepId } from './draft.ts';
import { QUESTION_STEPS } from './draft.ts';
import { SignOutForNow } from './SignOutForNow.tsx';

/** What every step gets: the answers so far, a way to change them, and a way on. */
export interface StepProps {
  draft: OnboardingDraft;
  update(change: Partial<OnboardingDraft>): void;
  /** After answering: the next question, or back to the check page when the member came from there. */
  advance(): void;
  go(step: StepId): void;
}

interface StepFrameProps {
  step: StepId;
  title: string;
  /** Where "Back" goes; none on the first screen. */
  back?: StepId;
  lead?: ReactNode;
  eyebrow?: ReactNode;
  children: ReactNode;
}

/** Set in history state by each step on the way forward, so "Back" can step back through history. */
export interface StepHistoryState {
  from?: StepId;
}

/** "Back" to the step the member came from is the browser's back: no loop of steps in the history. */
function goBackIfCameFrom(back: StepId) {
  return (event: MouseEvent) => {
    if (historyState<StepHistoryState>().from !== back) return;
    event.preventDefault();
    window.history.back();
  };
}

/** One onboarding screen: a back link, how far along the member is, one question, and a way to stop. */
export function StepFrame({ step, title, back, lead, eyebrow, children }: StepFrameProps) {
  const index = QUESTION_STEPS.indexOf(step as (typeof QUESTION_STEPS)[number]);
  const before = (
    <div className="step-top">
      {back && (
        <Link href={`/start/${back}`} className="back-link" onClick={goBackIfCameFrom(back)}>
          <span aria-hidden="true">←</span>Back
        </Link>
      )}
      {index >= 0 && (
        <div className="progress">
          <p className="progress__text">
            Question {index + 1} of {QUESTION_STEPS.length}
          </p>
          <div className="progress__bar" aria-hidden="true">
            <span style={{ width: `${((index + 1) / QUESTION_STEPS.length) * 100}%` }} />
          </div>
        </div>
      )}
    </div>
  );
  return (
    <Page title={title} before={before} eyebrow={eyebrow}>
      {lead && <div className="lead">{lead}</div>}
      {children}
      <SignOutForNow />
    </Page>
  );
}
