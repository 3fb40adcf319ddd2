import { type FormEvent, useState } from 'react';
import { ChairStandTimer } from '../../components/ChairStandTimer.tsx';
import { FormAlert } from '../../components/forms.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import type { FormProps } from './form-props.ts';
import { chairStandAnswers, withTyped } from './measure-draft.ts';

const SEXES = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'not-given', label: 'Rather not say' },
] as const;

const LABELS = { stands: 'Times you stood up', age: 'Your age in years' };

/**
 * The 30-second chair stand: how to do it, an optional timer, and the count. Age and sex are optional:
 * with them the count is compared with the published range for the member's age; age otherwise comes
 * from the assessment.
 */
export function ChairStandForm({ definition, draft, update, submit, isBusy, problem }: FormProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const typed = draft.typed;
  const hasOptional = Boolean(typed.age || typed.sex) || problem?.is('age-needed') === true;

  function type(field: string, value: string) {
    setErrors(({ [field]: _cleared, ...rest }) => rest);
    update(withTyped(draft, field, value));
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const checked = chairStandAnswers(typed);
    if (!checked.isValid) {
      setErrors(checked.errors);
      return;
    }
    submit(draft);
  }

  return (
    <>
      <p className="lead">{definition.intro}</p>
      <ChairStandTimer />
      <form className="form questionnaire" onSubmit={send} noValidate>
        <NumberField
          label={LABELS.stands}
          hint="Count each time you stood all the way up. If you could not stand up without using your arms, enter 0."
          value={typed.stands ?? ''}
          onValueChange={(value) => type('stands', value)}
          min={0}
          max={60}
          error={errors.stands}
          stepWords={{ less: 'One fewer', more: 'One more' }}
        />
        <details className="optional" open={hasOptional}>
          <summary>Compare with others your age (optional)</summary>
          <p>
            With your age and sex, your count is compared with the published range for people aged 60 to 94.
            Without them, it is compared with your own first test.
          </p>
          <NumberField
            label={LABELS.age}
            hint="Leave it empty to use the age you gave when you started."
            value={typed.age ?? ''}
            onValueChange={(value) => type('age', value)}
            min={16}
            max={110}
            error={errors.age}
            stepWords={{ less: 'One year less', more: 'One year more' }}
          />
          <fieldset className="segmented">
            <legend className="field__label">Sex</legend>
            <div className="segmented__options">
              {SEXES.map((sex) => (
                <label key={sex.value} className="segmented__option">
                  <input
                    type="radio"
                    name="chair-stand-sex"
                    value={sex.value}
                    checked={typed.sex === sex.value}
                    onChange={() => type('sex', sex.value)}
                  />
                  <span>{sex.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </details>
        <FormAlert problem={problem} />
        <button type="submit" className="button button--primary button--large" aria-disabled={isBusy}>
          {isBusy ? 'Sending…' : 'See my result'}
        </button>
      </form>
    </>
  );
}
