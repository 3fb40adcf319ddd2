import { useId } from 'react';
import { describedBy, FieldShell } from './forms.tsx';

interface NumberFieldProps {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange(value: string): void;
  min: number;
  max: number;
  /** Names the −/+ buttons: "One year less". */
  stepWords: { less: string; more: string };
}

/** A number typed, or nudged with big − and + buttons either side for those who would rather tap. */
export function NumberField({
  label,
  hint,
  error,
  value,
  onValueChange,
  min,
  max,
  stepWords,
}: NumberFieldProps) {
  const id = useId();
  const current = Number.parseInt(value, 10);
  const nudge = (by: number) => {
    const base = Number.isNaN(current) ? (by > 0 ? min - 1 : min + 1) : current;
    onValueChange(String(Math.min(max, Math.max(min, base + by))));
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div className="number-field">
        <button
          type="button"
          className="stepper__button"
          aria-label={stepWords.less}
          onClick={() => nudge(-1)}
        >
          −
        </button>
        <input
          id={id}
          className="input number-field__input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <button
          type="button"
          className="stepper__button"
          aria-label={stepWords.more}
          onClick={() => nudge(1)}
        >
          +
        </button>
      </div>
    </FieldShell>
  );
}
