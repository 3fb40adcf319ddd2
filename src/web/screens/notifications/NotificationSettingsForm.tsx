import { type FormEvent, useState } from 'react';
import type { NotificationSettings } from '../../../contract/notifications.ts';
import {
  canBeTurnedOff,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../../../core/notifications/kinds.ts';
import { notifications, type SavedNotificationSettings } from '../../api/notifications.ts';
import {
  describedBy,
  FieldShell,
  FormAlert,
  mergeFieldErrors,
  Notice,
  SubmitButton,
  TextField,
  useFormAction,
} from '../../components/forms.tsx';
import { KIND_WORDS } from './kind-words.ts';

const FIELDS = [
  'off',
  'reminderTime',
  'timeZone',
  'quietHours.start',
  'quietHours.end',
  'weeklyCap',
  'byEmail',
];
const LABELS: Record<string, string> = {
  off: 'What we send you',
  reminderTime: 'Reminder time',
  timeZone: 'Time zone',
  'quietHours.start': 'Quiet from',
  'quietHours.end': 'Quiet until',
  weeklyCap: 'Reminders a week at most',
  byEmail: 'Also by email',
};

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function timeZoneNames(current: string): string[] {
  const names = Intl.supportedValuesOf('timeZone');
  return names.includes(current) ? names : [current, ...names];
}

/** Until the member saves their own, the time zone is this browser's rather than the clinic's. */
function startingSettings(saved: SavedNotificationSettings): NotificationSettings {
  const { isChosen, ...settings } = saved;
  return isChosen ? settings : { ...settings, timeZone: browserTimeZone() };
}

function KindSwitch({
  kind,
  isOn,
  onChange,
}: {
  kind: NotificationKind;
  isOn: boolean;
  onChange(isOn: boolean): void;
}) {
  const isAlwaysOn = !canBeTurnedOff(kind);
  const words = KIND_WORDS[kind];
  const id = `kind-${kind}`;
  return (
    <li className="kinds__item">
      <label className="checkbox switch" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={isAlwaysOn || isOn}
          aria-checked={isAlwaysOn || isOn}
          disabled={isAlwaysOn}
          aria-describedby={`${id}-what`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{words.name}</span>
      </label>
      <p className="field__hint kinds__what" id={`${id}-what`}>
        {words.what}
      </p>
    </li>
  );
}

export function NotificationSettingsForm({ saved }: { saved: SavedNotificationSettings }) {
  const [settings, setSettings] = useState<NotificationSettings>(() => startingSettings(saved));
  const [weeklyCap, setWeeklyCap] = useState(String(saved.weeklyCap));
  const [isSaved, setIsSaved] = useState(false);
  const { isBusy, problem, run } = useFormAction(async () => {
    const answer = await notifications.saveSettings({ ...settings, weeklyCap: Number(weeklyCap) });
    const { isChosen: _isChosen, ...stored } = answer;
    setSettings(stored);
    setWeeklyCap(String(stored.weeklyCap));
    setIsSaved(true);
  });
  const errors = mergeFieldErrors(FIELDS, {}, problem);
  const change = (next: Partial<NotificationSettings>) => {
    setIsSaved(false);
    setSettings((current) => ({ ...current, ...next }));
  };
  const turn = (kind: NotificationKind, isOn: boolean) =>
    change({ off: isOn ? settings.off.filter((k) => k !== kind) : [...settings.off, kind] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <section className="section card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">What we send you, and when</h2>
      {/* The server checks every box and names the one it refuses (noValidate: one voice for errors). */}
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="kinds" id="off" tabIndex={-1}>
          <legend className="field__label">What we send you</legend>
          {errors.off && <p className="field__error">{errors.off}</p>}
          <ul className="kinds__list">
            {NOTIFICATION_KINDS.map((kind) => (
              <KindSwitch
                key={kind}
                kind={kind}
                isOn={!settings.off.includes(kind)}
                onChange={(isOn) => turn(kind, isOn)}
              />
            ))}
          </ul>
        </fieldset>
        <TextField
          id="reminderTime"
          label={LABELS.reminderTime ?? ''}
          hint="On a training day, the workout reminder comes at this time."
          type="time"
          value={settings.reminderTime}
          error={errors.reminderTime}
          onValueChange={(reminderTime) => change({ reminderTime })}
        />
        <FieldShell
          id="timeZone"
          label="Time zone"
          hint="Times here are in this zone."
          error={errors.timeZone}
        >
          <select
            id="timeZone"
            className="input"
            value={settings.timeZone}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={describedBy('timeZone', true, errors.timeZone)}
            onChange={(event) => change({ timeZone: event.target.value })}
          >
            {timeZoneNames(settings.timeZone).map((name) => (
              <option key={name} value={name}>
                {name.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </FieldShell>
        <fieldset className="quiet">
          <legend className="field__label">Quiet hours</legend>
          <p className="field__hint">
            Nothing comes in these hours except a safety message or an urgent alert to your coach.
          </p>
          <div className="quiet__times">
            <TextField
              id="quietHours.start"
              label="Quiet from"
              type="time"
              value={settings.quietHours.start}
              error={errors['quietHours.start']}
              onValueChange={(start) => change({ quietHours: { ...settings.quietHours, start } })}
            />
            <TextField
              id="quietHours.end"
              label="Quiet until"
              type="time"
              value={settings.quietHours.end}
              error={errors['quietHours.end']}
              onValueChange={(end) => change({ quietHours: { ...settings.quietHours, end } })}
            />
          </div>
        </fieldset>
        <TextField
          id="weeklyCap"
          label="Reminders a week at most"
          hint="From 1 to 7. Messages from your coach and safety messages do not count: they always come."
          inputMode="numeric"
          value={weeklyCap}
          error={errors.weeklyCap}
          onValueChange={(value) => {
            setIsSaved(false);
            setWeeklyCap(value);
          }}
        />
        <label className="checkbox" htmlFor="byEmail">
          <input
            id="byEmail"
            type="checkbox"
            checked={settings.byEmail}
            onChange={(event) => change({ byEmail: event.target.checked })}
          />
          <span>Also by email</span>
        </label>
        <SubmitButton isBusy={isBusy} busyText="Saving…">
          Save settings
        </SubmitButton>
        <FormAlert problem={problem} fieldErrors={errors} labels={LABELS} />
        {isSaved && <Notice>Your notification settings are saved.</Notice>}
      </form>
    </section>
  );
}
