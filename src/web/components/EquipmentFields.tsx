import { useId, useState } from 'react';
import type { MemberEquipment } from '../../contract/plan.ts';
import type { WeightUnit } from '../../core/catalogue/loads.ts';
import { BAND_STRENGTHS } from '../../core/catalogue/types.ts';
import { formatWeightIn, toKilograms } from '../format.ts';

/** The weights a typical gym cable stack can be set to. */
export const CABLE_STACK_KG = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50];

export const NO_EQUIPMENT: MemberEquipment = { bands: [], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] };

interface WeightListProps {
  label: string;
  kilograms: number[];
  unit: WeightUnit;
  onChange(kilograms: number[]): void;
}

/** The weights of one kind the member owns: each listed with a Remove button, and a box to add another. */
function WeightList({ label, kilograms, unit, onChange }: WeightListProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();

  function add() {
    const value = Number(typed.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0 || value > (unit === 'kg' ? 200 : 440)) {
      setError(`Enter a weight in ${unit}, like ${unit === 'kg' ? '8' : '15'}.`);
      return;
    }
    const kg = toKilograms(value, unit);
    if (!kilograms.some((existing) => Math.abs(existing - kg) < 0.01)) {
      onChange([...kilograms, kg].sort((a, b) => a - b));
    }
    setTyped('');
    setError(undefined);
  }

  return (
    <fieldset className="weights">
      <legend className="field__label">{label}</legend>
      {kilograms.length === 0 ? (
        <p className="field__hint">None yet.</p>
      ) : (
        <ul className="weights__list">
          {kilograms.map((kg) => (
            <li key={kg} className="weights__item">
              <span>{formatWeightIn(kg, unit)}</span>
              <button
                type="button"
                className="weights__remove"
                onClick={() => onChange(kilograms.filter((existing) => existing !== kg))}
              >
                Remove<span className="visually-hidden"> {formatWeightIn(kg, unit)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="weights__add">
        <label className="visually-hidden" htmlFor={id}>
          {label}: weight to add, in {unit}
        </label>
        <input
          id={id}
          className="input"
          inputMode="decimal"
          placeholder={unit}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="button" className="button button--secondary weights__add-button" onClick={add}>
          Add<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
    </fieldset>
  );
}

interface EquipmentFieldsProps {
  value: MemberEquipment;
  unit: WeightUnit;
  onChange(equipment: MemberEquipment): void;
}

/** What the member has to train with, beyond the chair, floor and door everybody has. */
export function EquipmentFields({ value, unit, onChange }: EquipmentFieldsProps) {
  return (
    <div className="equipment">
      <fieldset className="equipment__bands">
        <legend className="field__label">Resistance bands</legend>
        {BAND_STRENGTHS.map((band) => (
          <label key={band} className="checkbox">
            <input
              type="checkbox"
              checked={value.bands.includes(band)}
              onChange={(event) =>
                onChange({
                  ...value,
                  bands: event.target.checked
                    ? BAND_STRENGTHS.filter((strength) => strength === band || value.bands.includes(strength))
                    : value.bands.filter((strength) => strength !== band),
                })
              }
            />
            <span>{band.charAt(0).toUpperCase() + band.slice(1)} band</span>
          </label>
        ))}
      </fieldset>
      <WeightList
        label="Dumbbells"
        kilograms={value.dumbbellsKg}
        unit={unit}
        onChange={(dumbbellsKg) => onChange({ ...value, dumbbellsKg })}
      />
      <WeightList
        label="Kettlebells"
        kilograms={value.kettlebellsKg}
        unit={unit}
        onChange={(kettlebellsKg) => onChange({ ...value, kettlebellsKg })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.cableKg.length > 0}
          onChange={(event) => onChange({ ...value, cableKg: event.target.checked ? CABLE_STACK_KG : [] })}
        />
        <span>I can use a cable machine (as in a gym)</span>
      </label>
    </div>
  );
}
