import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { InstrumentDefinition, InstrumentItem } from '../../../contract/measures.ts';
import { FormAlert } from '../../components/forms.tsx';
import type { FormProps } from './form-props.ts';
import {
  atStep,
  currentStep,
  type MeasureDraft,
  openItems,
  withAnswer,
  withSkipped,
} from './measure-draft.ts';

/** A line under each question, where the item's own words do not say how to answer. */
const HINTS: Partial<Record<InstrumentDefinition['id'], string>> = {
  oswestry: 'Pick the sentence that fits you best today.',
  'roland-morris': 'Does this sentence describe you today?',
  'hoos-12': 'Think about the last week.',
};

/** Only the Oswestry's published scoring counts a section left out (it leaves the total's denominator). */
function canSkip(definition: InstrumentDefinition): boolean {
  return definition.id === 'oswestry';
}

interface QuestionProps {
  definition: InstrumentDefinition;
  item: InstrumentItem;
  chosen: number | undefined;
  error: string | undefined;
  onChoose(value: number): void;
}

/** One question: its heading in the legend, then every answer as a big radio button. */
function Question({ definition, item, chosen, error, onChoose }: QuestionProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new question is announced and the next Tab lands on its first answer, as on a new page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the question's id is what changes.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [item.id]);
  if (item.answer.kind !== 'choice') return null;
  const options = item.answer.options;
  const hint = HINTS[definition.id];
  const isPair = options.length === 2;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="question" aria-describedby={described || undefined}>
      <legend className="question__legend">
        <h2 className="question__text" ref={headingRef} tabIndex={-1}>
          {item.text}
        </h2>
      </legend>
      {hint && (
        <p className="field__hint question__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className={isPair ? 'answers answers--pair' : 'answers'}>
        {options.map((option) => (
          <label key={option.value} className="answer">
            <input
              type="radio"
              name={`${definition.id}-${item.id}`}
              value={option.value}
              checked={chosen === option.value}
              onChange={() => onChoose(option.value)}
            />
            <span className="answer__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Progress({ index, total }: { index: number; total: number }) {
  return (
    <div className="progress">
      <p className="progress__text">
        Question {index + 1} of {total}
      </p>
      <div className="progress__bar" aria-hidden="true">
        <span style={{ width: `${((index + 1) / total) * 100}%` }} />
      </div>
    </div>
  );
}

/**
 * A questionnaire of choices, one question at a time: a small step on a phone, with how far along the
 * member is. Every tap is kept in the draft, so a reload comes back to the same question and answers.
 */
export function ChoiceQuestionnaire({ definition, draft, update, submit, isBusy, problem }: FormProps) {
  const [error, setError] = useState<string | undefined>();
  const total = definition.items.length;
  const step = currentStep(draft, total);
  const item = definition.items[step];
  const isLast = step === total - 1;
  const isSkippable = canSkip(definition);
  if (!item) return null;

  function go(next: MeasureDraft, nextStep: number) {
    setError(undefined);
    update(atStep(next, nextStep));
    window.scrollTo(0, 0);
  }

  function finish(next: MeasureDraft) {
    const open = openItems(definition, next);
    const firstOpen = definition.items.findIndex((entry) => entry.id === open[0]);
    if (firstOpen >= 0 && firstOpen !== step) {
      go(next, firstOpen);
      setError(isSkippable ? 'Please answer this question, or skip it.' : 'Please answer this question.');
      return;
    }
    update(next);
    submit(next);
  }

  function answerAndGoOn(event: FormEvent) {
    event.preventDefault();
    if (!item || draft.answers[item.id] === undefined) {
      setError(
        isSkippable
          ? 'Choose the sentence that fits you best, or skip this question if it does not apply to you.'
          : 'Please choose an answer.',
      );
      return;
    }
    if (isLast) finish(draft);
    else go(draft, step + 1);
  }

  function skip() {
    if (!item) return;
    const next = withSkipped(draft, item.id);
    if (isLast) finish(next);
    else go(next, step + 1);
  }

  return (
    <>
      <div className="step-top">
        {step > 0 ? (
          <button type="button" className="back-link" onClick={() => go(draft, step - 1)}>
            <span aria-hidden="true">←</span>Back
          </button>
        ) : (
          <Link href="/measures" className="back-link">
            <span aria-hidden="true">←</span>All check-ups
          </Link>
        )}
        <Progress index={step} total={total} />
      </div>
      {step === 0 && <p className="lead">{definition.intro}</p>}
      <form className="questionnaire" onSubmit={answerAndGoOn} noValidate>
        <Question
          definition={definition}
          item={item}
          chosen={draft.answers[item.id]}
          error={error}
          onChoose={(value) => {
            setError(undefined);
            update(withAnswer(draft, item.id, value));
          }}
        />
        {isLast && <FormAlert problem={problem} />}
        <div className="questionnaire__actions">
          <button type="submit" className="button button--primary button--large" aria-disabled={isBusy}>
            {isLast ? (isBusy ? 'Sending…' : 'See my score') : 'Next'}
          </button>
          {isSkippable && (
            <button type="button" className="button button--quiet" onClick={skip}>
              Skip: this does not apply to me
            </button>
          )}
        </div>
      </form>
    </>
  );
}
