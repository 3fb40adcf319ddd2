import { type FormEvent, useState } from 'react';
import {
  RED_FLAG_QUESTIONS,
  type RedFlagAnswers,
  type RedFlagQuestionId,
} from '../../core/red-flags/questions.ts';

type OpenAnswers = { [id in RedFlagQuestionId]?: boolean };

interface RedFlagFormProps {
  initial?: RedFlagAnswers;
  submitLabel: string;
  onSubmit(answers: RedFlagAnswers): void;
}

function isComplete(answers: OpenAnswers): answers is RedFlagAnswers {
  return RED_FLAG_QUESTIONS.every((question) => typeof answers[question.id] === 'boolean');
}

/**
 * The safety questions, each a plain yes or no. Every one must be answered: a question left out is not
 * a "no", so the form says which are missing instead of guessing.
 */
export function RedFlagForm({ initial, submitLabel, onSubmit }: RedFlagFormProps) {
  const [answers, setAnswers] = useState<OpenAnswers>(initial ?? {});
  const [missing, setMissing] = useState<RedFlagQuestionId[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (isComplete(answers)) {
      onSubmit(answers);
      return;
    }
    const unanswered = RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === undefined);
    setMissing(unanswered.map((question) => question.id));
    document.getElementById(`flag-${unanswered[0]?.id}`)?.scrollIntoView({ block: 'center' });
  }

  return (
    <form className="red-flags" onSubmit={submit} noValidate>
      <div role="alert" className={missing.length > 0 ? 'alert alert--error' : 'alert alert--empty'}>
        {missing.length > 0 && (
          <p>
            Please answer every question: {missing.length === 1 ? 'one is' : `${missing.length} are`} still
            open, marked below.
          </p>
        )}
      </div>
      <ol className="red-flags__list">
        {RED_FLAG_QUESTIONS.map((question, index) => {
          const isMissing = missing.includes(question.id);
          return (
            <li key={question.id}>
              <fieldset
                id={`flag-${question.id}`}
                className={isMissing ? 'yes-no yes-no--missing' : 'yes-no'}
                aria-describedby={isMissing ? `flag-${question.id}-missing` : undefined}
              >
                <legend className="yes-no__question">
                  <span className="yes-no__number">{index + 1}.</span> {question.text}
                </legend>
                {isMissing && (
                  <p className="field__error" id={`flag-${question.id}-missing`}>
                    Please answer yes or no.
                  </p>
                )}
                <div className="yes-no__options">
                  {([false, true] as const).map((value) => (
                    <label key={String(value)} className="yes-no__option">
                      <input
                        type="radio"
                        name={question.id}
                        checked={answers[question.id] === value}
                        onChange={() => {
                          setAnswers((current) => ({ ...current, [question.id]: value }));
                          setMissing((current) => current.filter((id) => id !== question.id));
                        }}
                      />
                      <span>{value ? 'Yes' : 'No'}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" className="button button--primary button--large">
        {submitLabel}
      </button>
    </form>
  );
}
