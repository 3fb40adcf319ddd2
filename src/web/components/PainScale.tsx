import { useId } from 'react';

interface PainScaleProps {
  /** The question, e.g. "How is your back right now?" */
  question: string;
  hint?: string;
  value?: number;
  /** Numbers below this cannot be chosen (the worst pain of the week is at least today's). */
  lowest?: number;
  onChoose(pain: number): void;
  isBusy?: boolean;
  /** Where the screen's heading already asks the question, it is read out but not shown twice. */
  isQuestionHidden?: boolean;
}

const PAIN_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Eleven big buttons, 0 to 10: one tap answers. Buttons, not radios, so arrow keys never answer by accident. */
export function PainScale({
  question,
  hint,
  value,
  lowest = 0,
  onChoose,
  isBusy = false,
  isQuestionHidden = false,
}: PainScaleProps) {
  const id = useId();
  return (
    <fieldset className="pain-scale" aria-describedby={`${id}-ends${hint ? ` ${id}-hint` : ''}`}>
      <legend className={isQuestionHidden ? 'visually-hidden' : 'pain-scale__question'}>{question}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="pain-scale__options">
        {PAIN_LEVELS.map((pain) => (
          <button
            key={pain}
            type="button"
            className="pain-scale__option"
            aria-pressed={value === pain}
            disabled={pain < lowest}
            aria-disabled={isBusy || undefined}
            onClick={() => {
              if (!isBusy) onChoose(pain);
            }}
          >
            {pain}
            <span className="visually-hidden"> out of 10</span>
          </button>
        ))}
      </div>
      <p className="pain-scale__ends" id={`${id}-ends`}>
        0 means no pain; 10 means the worst pain you can imagine.
      </p>
    </fieldset>
  );
}
