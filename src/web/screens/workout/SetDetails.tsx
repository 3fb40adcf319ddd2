import { type FormEvent, useId, useState } from 'react';
import { getExercise } from '../../../core/catalogue/index.ts';
import { isSameLoad, type WeightUnit } from '../../../core/catalogue/loads.ts';
import { FORM_FAULT_IDS, type FormFaultId, type Load } from '../../../core/catalogue/types.ts';
import { loadLadder } from '../../../core/engine/load-ladder.ts';
import type { MemberEquipment, Prescription, SetLog } from '../../api/training.ts';
import { formatLoad } from '../../format.ts';

export const FAULT_LABELS: Record<FormFaultId, string> = {
  'knees-caving': 'Knees caved in',
  'back-rounding': 'Back rounded',
  'lost-brace': 'Lost my brace',
  'past-pain-free-range': 'Went past my pain-free range',
};

interface SetDetailsProps {
  item: Prescription;
  setNumber: number;
  defaultPain: number;
  unit: WeightUnit;
  equipment: MemberEquipment;
  onSave(set: SetLog): void;
  onCancel(): void;
}

/** The loads the member can choose for this exercise: what they own, easiest first, with today's included. */
function loadChoices(item: Prescription, equipment: MemberEquipment): Load[] {
  const ladder = loadLadder(getExercise(item.exerciseId), equipment);
  return ladder.some((load) => isSameLoad(load, item.load)) ? ladder : [item.load, ...ladder];
}

/** A set that did not go as prescribed: good reps, load, what went wrong, and the pain during it. */
export function SetDetails({
  item,
  setNumber,
  defaultPain,
  unit,
  equipment,
  onSave,
  onCancel,
}: SetDetailsProps) {
  const id = useId();
  const loads = loadChoices(item, equipment);
  const faultsHere = FORM_FAULT_IDS.filter((fault) =>
    getExercise(item.exerciseId).faults.some((candidate) => candidate.id === fault),
  );
  const [reps, setReps] = useState(item.reps);
  const [loadIndex, setLoadIndex] = useState(
    Math.max(
      0,
      loads.findIndex((load) => isSameLoad(load, item.load)),
    ),
  );
  const [faults, setFaults] = useState<FormFaultId[]>([]);
  const [pain, setPain] = useState(defaultPain);

  function toggle(fault: FormFaultId) {
    setFaults((current) =>
      current.includes(fault) ? current.filter((f) => f !== fault) : [...current, fault],
    );
  }

  function save(event: FormEvent) {
    event.preventDefault();
    onSave({
      exerciseId: item.exerciseId,
      reps,
      level: item.level,
      load: loads[loadIndex] ?? item.load,
      pain,
      faults: FORM_FAULT_IDS.filter((fault) => faults.includes(fault)),
    });
  }

  return (
    <form className="set-details" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>How did set {setNumber} go?</h2>

      <fieldset className="stepper">
        <legend className="stepper__label">Good reps</legend>
        <div className="stepper__row">
          <button
            type="button"
            className="stepper__button"
            aria-label="One rep fewer"
            disabled={reps <= 0}
            onClick={() => setReps((value) => Math.max(0, value - 1))}
          >
            −
          </button>
          <output className="stepper__value" aria-live="polite" aria-atomic="true">
            {reps}
            <span className="visually-hidden"> good reps</span>
          </output>
          <button
            type="button"
            className="stepper__button"
            aria-label="One rep more"
            disabled={reps >= item.reps}
            onClick={() => setReps((value) => Math.min(item.reps, value + 1))}
          >
            +
          </button>
        </div>
        <p className="field__hint">Count only the reps done with good form, in your pain-free range.</p>
      </fieldset>

      {loads.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-load`}>
            Load
          </label>
          <select
            id={`${id}-load`}
            className="input"
            value={loadIndex}
            onChange={(event) => setLoadIndex(Number(event.target.value))}
          >
            {loads.map((load, index) => (
              <option key={formatLoad(load, unit)} value={index}>
                {formatLoad(load, unit)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="set-details__load">
          <span className="field__label">Load:</span> {formatLoad(item.load, unit)}
        </p>
      )}

      <fieldset className="chips">
        <legend className="field__label">Did anything go wrong?</legend>
        <div className="chips__options">
          {faultsHere.map((fault) => (
            <button
              key={fault}
              type="button"
              className="chip"
              aria-pressed={faults.includes(fault)}
              onClick={() => toggle(fault)}
            >
              {FAULT_LABELS[fault]}
            </button>
          ))}
        </div>
      </fieldset>

      <div className="field slider">
        <label className="field__label" htmlFor={`${id}-pain`}>
          Pain during this set: <span className="slider__value">{pain} out of 10</span>
        </label>
        <input
          id={`${id}-pain`}
          type="range"
          min={0}
          max={10}
          step={1}
          value={pain}
          aria-valuetext={`${pain} out of 10`}
          onChange={(event) => setPain(Number(event.target.value))}
        />
        <p className="slider__ends" aria-hidden="true">
          <span>0 none</span>
          <span>10 worst</span>
        </p>
      </div>

      <div className="actions actions--stacked">
        <button type="submit" className="button button--primary button--large">
          Save set {setNumber}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
