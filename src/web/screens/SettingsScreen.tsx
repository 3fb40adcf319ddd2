import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import type { MemberEquipment, PlanView } from '../../contract/plan.ts';
import { training } from '../api/training.ts';
import { useApiData } from '../api/useApiData.ts';
import { EquipmentFields } from '../components/EquipmentFields.tsx';
import { FormAlert, Notice, SubmitButton, useFormAction } from '../components/forms.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { formatDate, formatNumber, localDay } from '../format.ts';
import { useMemberData, useStored } from '../offline/member-data.ts';
import { soundPreference } from '../preferences.ts';

function Segmented<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="segmented">
      <legend className="field__label">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TrainingSettings({ planView, onSaved }: { planView: PlanView; onSaved(view: PlanView): void }) {
  const member = useMemberData();
  const { plan } = planView;
  const [weightUnit, setWeightUnit] = useState(plan.weightUnit);
  const [daysPerWeek, setDaysPerWeek] = useState(plan.daysPerWeek);
  const [equipment, setEquipment] = useState<MemberEquipment>(plan.equipment);
  const [isSaved, setIsSaved] = useState(false);
  const { isBusy, problem, run } = useFormAction(async () => {
    const view = await training.changeSettings({ weightUnit, daysPerWeek, equipment }, localDay());
    member.weightUnit.set(view.plan.weightUnit);
    setIsSaved(true);
    onSaved(view);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    void run();
  }

  return (
    <section className="section card" aria-labelledby="training-heading">
      <h2 id="training-heading">Your training</h2>
      <form className="form" onSubmit={submit}>
        <Segmented<'kg' | 'lb'>
          legend="Show weights in"
          name="weightUnit"
          options={[
            { value: 'kg', label: 'Kilograms' },
            { value: 'lb', label: 'Pounds' },
          ]}
          value={weightUnit}
          onChange={setWeightUnit}
        />
        <Segmented<number>
          legend="Training days a week"
          name="daysPerWeek"
          options={[
            { value: 2, label: '2' },
            { value: 3, label: '3' },
            { value: 4, label: '4' },
          ]}
          value={daysPerWeek}
          onChange={setDaysPerWeek}
        />
        <div>
          <h3>What you have to train with</h3>
          <EquipmentFields value={equipment} unit={weightUnit} onChange={setEquipment} />
        </div>
        <SubmitButton isBusy={isBusy} busyText="Saving…">
          Save changes
        </SubmitButton>
        <FormAlert problem={problem} />
        {isSaved && <Notice>Your changes are saved. Your next workout uses them.</Notice>}
      </form>
    </section>
  );
}

function PhoneSettings() {
  const isSoundOn = useStored(soundPreference);
  const today = localDay();
  return (
    <section className="section card" aria-labelledby="phone-heading">
      <h2 id="phone-heading">On this phone</h2>
      <label className="checkbox switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={isSoundOn}
          checked={isSoundOn}
          onChange={(event) => soundPreference.set(event.target.checked)}
        />
        <span>Play a sound when a rest ends</span>
      </label>
      <p className="field__hint">
        Dates and numbers follow your phone’s language settings: today is {formatDate(today)}, and a weight
        looks like {formatNumber(12.5)} kg.
      </p>
    </section>
  );
}

export function SettingsScreen() {
  const loaded = useApiData(() => training.plan(localDay()));
  const [saved, setSaved] = useState<PlanView | undefined>();
  const hasNoPlan = loaded.status === 'failed' && loaded.problem.status === 404;
  return (
    <Page title="Settings">
      {loaded.status === 'loading' && <Loading what="Loading your settings" />}
      {loaded.status === 'failed' && !hasNoPlan && (
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      )}
      {hasNoPlan && (
        <p className="callout">
          You have not set up your program yet. <Link href="/start">Set up your program</Link>
        </p>
      )}
      {loaded.status === 'ready' && <TrainingSettings planView={saved ?? loaded.data} onSaved={setSaved} />}
      <PhoneSettings />
      <section className="section" aria-labelledby="more-heading">
        <h2 id="more-heading">More</h2>
        <ul className="links">
          <li>
            <Link href="/notifications">Notifications: what we send you, and when</Link>
          </li>
          <li>
            <Link href="/account">Your account and password</Link>
          </li>
          <li>
            <Link href="/plan">Why your plan looks like this</Link>
          </li>
          <li>
            <Link href="/learn">Good to know: the lessons, articles and episodes on Learn</Link>
          </li>
          <li>
            <Link href="/symptoms">Symptoms changed? Answer the safety questions</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
