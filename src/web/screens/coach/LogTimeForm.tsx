import { type FormEvent, useState } from 'react';
import type { CoachActionView } from '../../../contract/coach-time.ts';
import { coachTimeApi } from '../../api/coach-time.ts';
import {
  FieldShell,
  FormAlert,
  mergeFieldErrors,
  Notice,
  SubmitButton,
  useFormAction,
} from '../../components/forms.tsx';
import { localDateTimeValue, minutesWords } from './time-words.ts';

const FIELDS = ['kind', 'minutes', 'interactive', 'at', 'note'];
const LABELS = {
  kind: 'What it was',
  minutes: 'Minutes',
  interactive: 'Live contact',
  at: 'When',
  note: 'Note',
};

/**
 * "Log time": a review of the member's record or a call with them, with its minutes. The entry's id is
 * made when the form is filled and kept until the server has it, so sending again never logs it twice.
 */
export function LogTimeForm({
  memberId,
  onLogged,
}: {
  memberId: string;
  onLogged(entry: CoachActionView): void;
}) {
  const [id, setId] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<'review' | 'call'>('call');
  const [minutes, setMinutes] = useState('');
  const [isLive, setIsLive] = useState(true);
  const [at, setAt] = useState(() => localDateTimeValue(new Date()));
  const [note, setNote] = useState('');
  const [logged, setLogged] = useState<string | undefined>();
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    const entry = await coachTimeApi.logTime(memberId, {
      id,
      kind,
      minutes: Number(minutes),
      interactive: kind === 'call' && isLive,
      at: new Date(at).toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setLogged(`${kind === 'call' ? 'Call' : 'Review'} of ${minutesWords(entry.minutes ?? 0)} logged.`);
    setId(crypto.randomUUID());
    setMinutes('');
    setNote('');
    setAt(localDateTimeValue(new Date()));
    onLogged(entry);
  });
  const errors = mergeFieldErrors(FIELDS, ownErrors, problem);

  function submit(event: FormEvent) {
    event.preventDefault();
    setLogged(undefined);
    const own: Record<string, string> = {};
    const count = Number(minutes);
    if (!Number.isInteger(count) || count < 1 || count > 240)
      own.minutes = 'Enter whole minutes from 1 to 240.';
    if (Number.isNaN(new Date(at).getTime())) own.at = 'Enter the date and time it happened.';
    setOwnErrors(own);
    if (Object.keys(own).length === 0) void run();
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="log-time-heading">
      <h2 id="log-time-heading">Log time</h2>
      <FormAlert problem={problem} fieldErrors={errors} labels={LABELS} idPrefix="time-" />
      {logged && <Notice>{logged}</Notice>}
      <fieldset className="segmented" id="time-kind">
        <legend className="field__label">What it was</legend>
        <div className="segmented__options">
          <label className="segmented__option">
            <input type="radio" name="kind" checked={kind === 'call'} onChange={() => setKind('call')} />
            <span>A call</span>
          </label>
          <label className="segmented__option">
            <input type="radio" name="kind" checked={kind === 'review'} onChange={() => setKind('review')} />
            <span>A review of their record</span>
          </label>
        </div>
      </fieldset>
      <FieldShell id="time-minutes" label="Minutes" hint="Whole minutes, 1 to 240." error={errors.minutes}>
        <input
          id="time-minutes"
          className="input time-log__minutes"
          inputMode="numeric"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          aria-invalid={errors.minutes ? true : undefined}
          aria-describedby={errors.minutes ? 'time-minutes-hint time-minutes-error' : 'time-minutes-hint'}
        />
      </FieldShell>
      {kind === 'call' && (
        <div className="field" id="time-interactive">
          <label className="checkbox">
            <input type="checkbox" checked={isLive} onChange={(event) => setIsLive(event.target.checked)} />
            <span>A live two-way call or video call with the member</span>
          </label>
          {errors.interactive && <p className="field__error">{errors.interactive}</p>}
        </div>
      )}
      <FieldShell id="time-at" label="When" hint="Not in the future; at most 60 days back." error={errors.at}>
        <input
          id="time-at"
          type="datetime-local"
          className="input"
          value={at}
          onChange={(event) => setAt(event.target.value)}
          aria-invalid={errors.at ? true : undefined}
          aria-describedby={errors.at ? 'time-at-hint time-at-error' : 'time-at-hint'}
        />
      </FieldShell>
      <FieldShell
        id="time-note"
        label="Note (optional)"
        hint="Plain text, up to 500 characters."
        error={errors.note}
      >
        <textarea
          id="time-note"
          className="input"
          rows={3}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-describedby="time-note-hint"
        />
      </FieldShell>
      <SubmitButton isBusy={isBusy} busyText="Logging…">
        Log time
      </SubmitButton>
    </form>
  );
}
