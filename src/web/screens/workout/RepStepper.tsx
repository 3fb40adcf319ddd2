import type { ReactNode } from 'react';

interface RepStepperProps {
  legend: string;
  value: number;
  max: number;
  onChange(value: number): void;
  /** Read after the number by screen readers, e.g. "good reps". */
  unit: string;
  fewerLabel: string;
  moreLabel: string;
  hint: ReactNode;
}

/** A count of reps with big − and + buttons, for thumbs in the middle of a workout. */
export function RepStepper({
  legend,
  value,
  max,
  onChange,
  unit,
  fewerLabel,
  moreLabel,
  hint,
}: RepStepperProps) {
  return (
    <fieldset className="stepper">
      <legend className="stepper__label">{legend}</legend>
      <div className="stepper__row">
        <button
          type="button"
          className="stepper__button"
          aria-label={fewerLabel}
          disabled={value <= 0}
          onClick={() => onChange(Math.max(0, value - 1))}
        >
          −
        </button>
        <output className="stepper__value" aria-live="polite" aria-atomic="true">
          {value}
          <span className="visually-hidden"> {unit}</span>
        </output>
        <button
          type="button"
          className="stepper__button"
          aria-label={moreLabel}
          disabled={value >= max}
          onClick={() => onChange(Math.min(max, value + 1))}
        >
          +
        </button>
      </div>
      <p className="field__hint">{hint}</p>
    </fieldset>
  );
}
