import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../components/forms.tsx';
import { PainScale } from '../../components/PainScale.tsx';
import type { FormProps } from './form-props.ts';
import { openItems, withAnswer } from './measure-draft.ts';

/** Two numbers on one screen: back pain right now, and on average over the last week. */
export function PainForm({ definition, draft, update, submit, isBusy, problem }: FormProps) {
  const [isIncomplete, setIsIncomplete] = useState(false);
  const open = openItems(definition, draft);

  function send(event: FormEvent) {
    event.preventDefault();
    if (open.length > 0) {
      setIsIncomplete(true);
      return;
    }
    submit(draft);
  }

  return (
    <form className="questionnaire" onSubmit={send} noValidate>
      <p className="lead">{definition.intro}</p>
      {definition.items.map((item) => {
        const isMissing = isIncomplete && open.includes(item.id);
        return (
          <div key={item.id} className={isMissing ? 'pain-item pain-item--open' : 'pain-item'}>
            {isMissing && <p className="field__error">Please choose a number from 0 to 10.</p>}
            <PainScale
              question={item.text}
              value={draft.answers[item.id]}
              onChoose={(pain) => update(withAnswer(draft, item.id, pain))}
            />
          </div>
        );
      })}
      <div
        role="alert"
        className={isIncomplete && open.length > 0 ? 'alert alert--error' : 'alert alert--empty'}
      >
        {isIncomplete && open.length > 0 && (
          <p>
            {open.length === 1 ? 'Please answer the question marked above.' : 'Please answer both questions.'}
          </p>
        )}
      </div>
      <FormAlert problem={problem} />
      <button type="submit" className="button button--primary button--large" aria-disabled={isBusy}>
        {isBusy ? 'Sending…' : 'See my score'}
      </button>
    </form>
  );
}
