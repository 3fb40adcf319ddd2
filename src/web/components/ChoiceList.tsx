import type { ReactNode } from 'react';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  detail?: ReactNode;
  picture?: ReactNode;
}

interface ChoiceListProps<T extends string | number> {
  /** Read before the choices, e.g. the question. */
  legend: ReactNode;
  isLegendHidden?: boolean;
  choices: readonly Choice<T>[];
  chosen: T | undefined;
  onChoose(value: T): void;
}

/** Big, full-width answers: tapping one answers the question. The chosen one is marked (aria-pressed). */
export function ChoiceList<T extends string | number>({
  legend,
  isLegendHidden = false,
  choices,
  chosen,
  onChoose,
}: ChoiceListProps<T>) {
  return (
    <fieldset className="choices">
      <legend className={isLegendHidden ? 'visually-hidden' : 'choices__legend'}>{legend}</legend>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          className="choice"
          aria-pressed={chosen === choice.value}
          onClick={() => onChoose(choice.value)}
        >
          {choice.picture && (
            <span className="choice__picture" aria-hidden="true">
              {choice.picture}
            </span>
          )}
          <span className="choice__text">
            <span className="choice__label">{choice.label}</span>
            {choice.detail && <span className="choice__detail">{choice.detail}</span>}
          </span>
          <span className="choice__mark" aria-hidden="true">
            {chosen === choice.value ? '✓' : ''}
          </span>
        </button>
      ))}
    </fieldset>
  );
}
