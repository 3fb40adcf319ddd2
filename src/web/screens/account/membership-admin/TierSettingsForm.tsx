import { type FormEvent, useState } from 'react';
import type { Tiers } from '../../../../contract/membership.ts';
import { FEATURE_WORDS, FEATURES, type Feature, TIERS } from '../../../../core/membership/features.ts';
import { membershipAdminApi } from '../../../api/membership-admin.ts';
import {
  type FieldErrors,
  FieldShell,
  FormAlert,
  mergeFieldErrors,
  Notice,
  SubmitButton,
  TextField,
  useFormAction,
} from '../../../components/forms.tsx';
import { checkDraft, draftOf, TIER_SETTINGS_LABELS, type TierSettingsDraft } from './tier-settings-form.ts';

const PREFIX = 'tiers-';
type TextKey = keyof typeof TIER_SETTINGS_LABELS;

function DescriptionField({
  field,
  value,
  error,
  onValueChange,
}: {
  field: 'free.description' | 'premium.description';
  value: string;
  error: string | undefined;
  onValueChange(value: string): void;
}) {
  const id = `${PREFIX}${field}`;
  return (
    <FieldShell id={id} label={TIER_SETTINGS_LABELS[field]} hint="Up to 300 characters." error={error}>
      <textarea
        id={id}
        className="input input--multiline"
        rows={3}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
    </FieldShell>
  );
}

/** The tiers as members see them on the Membership screen: names, words, prices, what each includes. */
export function TierSettingsForm({ tiers, onSaved }: { tiers: Tiers; onSaved(): void }) {
  const [draft, setDraft] = useState<TierSettingsDraft>(() => draftOf(tiers));
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const { isBusy, problem, run } = useFormAction(
    async (body: Parameters<typeof membershipAdminApi.saveSettings>[0]) => {
      await membershipAdminApi.saveSettings(body);
      setSaved(true);
      onSaved();
    },
  );

  const set = (field: TextKey) => (value: string) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [field]: value }));
  };
  function toggle(tier: (typeof TIERS)[number], feature: Feature, isOn: boolean) {
    setSaved(false);
    setDraft((current) => {
      const chosen = new Set(current.includes[tier]);
      if (isOn) chosen.add(feature);
      else chosen.delete(feature);
      const includes = { ...current.includes, [tier]: FEATURES.filter((each) => chosen.has(each)) };
      return { ...current, includes };
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = checkDraft(draft);
    setOwnErrors(checked.errors ?? {});
    if (checked.body) void run(checked.body);
  }

  const errors = mergeFieldErrors(Object.keys(TIER_SETTINGS_LABELS), ownErrors, problem);
  const currency = draft.currency.trim().toUpperCase() || 'EUR';
  const text = (field: TextKey, hint?: string) => (
    <TextField
      id={`${PREFIX}${field}`}
      name={field}
      label={TIER_SETTINGS_LABELS[field]}
      hint={hint}
      autoComplete="off"
      value={draft[field] as string}
      onValueChange={set(field)}
      error={errors[field]}
    />
  );
  const price = (field: 'premium.monthlyPrice' | 'premium.yearlyPrice') => (
    <TextField
      id={`${PREFIX}${field}`}
      name={field}
      label={`${TIER_SETTINGS_LABELS[field]} (${currency})`}
      hint="In whole units, for example 12.00."
      inputMode="decimal"
      autoComplete="off"
      value={draft[field]}
      onValueChange={set(field)}
      error={errors[field]}
    />
  );

  return (
    <section className="section card" aria-labelledby="tier-settings-heading">
      <h2 id="tier-settings-heading">Tiers and prices</h2>
      <p>What members read on the Membership screen, and what each tier opens.</p>
      <form className="form tier-settings" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={errors} labels={TIER_SETTINGS_LABELS} idPrefix={PREFIX} />
        {saved && <Notice>The tiers are saved. Members see them from now on.</Notice>}
        {text('currency', 'A three-letter code, such as EUR or GBP.')}
        <div className="tier-settings__tiers">
          {TIERS.map((tier) => (
            <fieldset key={tier} className="tier-settings__tier">
              <legend>{tier === 'free' ? 'The free tier' : 'The premium tier'}</legend>
              {text(`${tier}.name`)}
              <DescriptionField
                field={`${tier}.description`}
                value={draft[`${tier}.description`]}
                error={errors[`${tier}.description`]}
                onValueChange={set(`${tier}.description`)}
              />
              {tier === 'premium' && (
                <>
                  {price('premium.monthlyPrice')}
                  {price('premium.yearlyPrice')}
                </>
              )}
              <fieldset className="tier-settings__features">
                <legend className="field__label">
                  {tier === 'free' ? 'Free includes' : 'Premium includes'}
                </legend>
                {FEATURES.map((feature) => (
                  <label key={feature} className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.includes[tier].includes(feature)}
                      onChange={(event) => toggle(tier, feature, event.target.checked)}
                    />
                    <span>{FEATURE_WORDS[feature]}</span>
                  </label>
                ))}
              </fieldset>
            </fieldset>
          ))}
        </div>
        <section className="tier-settings__always" aria-labelledby="always-included-heading">
          <h3 id="always-included-heading">Always included, on every tier</h3>
          <p>Safety is never a choice: every member has these, whatever is set above.</p>
          <ul className="tier-settings__always-list">
            {tiers.alwaysFree.map((feature) => (
              <li key={feature.id}>{feature.words}</li>
            ))}
          </ul>
        </section>
        <SubmitButton isBusy={isBusy} busyText="Saving…">
          Save the tiers
        </SubmitButton>
      </form>
    </section>
  );
}
