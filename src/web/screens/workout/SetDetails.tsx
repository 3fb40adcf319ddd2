import { type FormEvent, useId, useState } from 'react';
import type { MemberEquipment } from '../../../contract/plan.ts';
import type { Prescription, SetLog } from '../../../contract/training.ts';
import { getExercise } from '../../../core/catalogue/index.ts';
import { isSameLoad, type WeightUnit } from '../../../core/catalogue/loads.ts';
import { FORM_FAULT_IDS, type FormFaultId, type Load } from '../../../core/catalogue/types.ts';
import { loadLadder } from '../../../core/engine/load-ladder.ts';
import { LevelPicker } from '../../components/LevelPicker.tsx';
import { PainScale } from '../../components/PainScale.tsx';
import { formatLoad } from '../../format.ts';
import type { CameraCount } from '../../workout/form-check-set.ts';
import { RepStepper } from './RepStepper.tsx';

export const FAULT_LABELS: Record<FormFaultId, string> = {
  'knees-caving': 'Knees caved in',
  'back-rounding': 'Back rounded',
  'lost-brace': 'Lost my brace',
  'past-pain-free-range': 'Went past my pain-free range',
};

interface SetDetailsProps {
  item: Prescription;
  setNumber: number;
  /** The last set's pain in this exercise; null on its first set, where the member chooses it. */
  defaultPain: number | null;
  unit: WeightUnit;
  equipment: MemberEquipment;
  /** The camera's count, when the set comes from the form check: filled in for the member to check. */
  fromCamera?: CameraCount;
  onSave(set: SetLog): void;
  onCancel(): void;
}

/** The loads the member can choose for this exercise: what they own, easiest first, with today's included. */
function loadChoices(item: Prescription, equipment: MemberEquipment): Load[] {
  const ladder = loadLadder(getExercise(item.exerciseId), equipment);
  return ladder.some((load) => isSameLoad(load, item.load)) ? ladder : [item.load, ...ladder];
}

/**
 * A set that did not go as prescribed (good reps, load, what went wrong, the pain during it), or one the
 * form check counted: then every rep and the good ones apart, and the level reached, as the camera saw
 * them, for the member to check before saving.
 */
export function SetDetails({
  item,
  setNumber,
  defaultPain,
  unit,
  equipment,
  fromCamera,
  onSave,
  onCancel,
}: SetDetailsProps) {
  const id = useId();
  const exercise = getExercise(item.exerciseId);
  const loads = loadChoices(item, equipment);
  const faultsHere = FORM_FAULT_IDS.filter((fault) =>
    exercise.faults.some((candidate) => candidate.id === fault),
  );
  const [reps, setReps] = useState(fromCamera?.reps ?? item.reps);
  const [goodReps, setGoodReps] = useState(fromCamera?.goodReps ?? item.reps);
  const [level, setLevel] = useState(fromCamera?.level ?? item.level);
  const [loadIndex, setLoadIndex] = useState(
    Math.max(
      0,
      loads.findIndex((load) => isSameLoad(load, item.load)),
    ),
  );
  const [faults, setFaults] = useState<FormFaultId[]>(fromCamera?.faults ?? []);
  const [pain, setPain] = useState<number | null>(defaultPain);
  const [isPainMissing, setIsPainMissing] = useState(false);
  const chosenLevel = exercise.levels.find((range) => range.level === level);

  function toggle(fault: FormFaultId) {
    setFaults((current) =>
      current.includes(fault) ? current.filter((f) => f !== fault) : [...current, fault],
    );
  }

  function changeReps(value: number) {
    setReps(value);
    setGoodReps((good) => Math.min(good, value));
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (pain === null) {
      setIsPainMissing(true);
      return;
    }
    // The member counts only good reps, at today's level; the camera counts every rep and sees the level.
    const counted = fromCamera
      ? { reps, goodReps, level, measuredBy: 'camera' as const }
      : { reps, level: item.level };
    onSave({
      exerciseId: item.exerciseId,
      ...counted,
      load: loads[loadIndex] ?? item.load,
      pain,
      faults: FORM_FAULT_IDS.filter((fault) => faults.includes(fault)),
    });
  }

  return (
    <form className="set-details" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>How did set {setNumber} go?</h2>

      {fromCamera ? (
        <>
          <div className="notice">
            <p>
              <strong>{fromCamera.summary}</strong>
            </p>
            {fromCamera.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
          <RepStepper
            legend="Reps"
            value={reps}
            max={Math.max(item.reps, fromCamera.reps)}
            onChange={changeReps}
            unit="reps"
            fewerLabel="One rep fewer"
            moreLabel="One rep more"
            hint="Every rep you finished."
          />
          <RepStepper
            legend="With good form"
            value={goodReps}
            max={reps}
            onChange={setGoodReps}
            unit="with good form"
            fewerLabel="One good rep fewer"
            moreLabel="One good rep more"
            hint="Reps done with good form, in your pain-free range."
          />
          <div>
            <LevelPicker
              levels={exercise.levels}
              chosen={level}
              onChoose={setLevel}
              legend="Level you reached"
              name={`${id}-level`}
            />
            {chosenLevel && (
              <p className="field__hint">
                Level {chosenLevel.level}: {chosenLevel.name}
                {chosenLevel.level === item.level ? ' (today’s level)' : ''}
              </p>
            )}
          </div>
        </>
      ) : (
        <RepStepper
          legend="Good reps"
          value={reps}
          max={item.reps}
          onChange={setReps}
          unit="good reps"
          fewerLabel="One rep fewer"
          moreLabel="One rep more"
          hint="Count only the reps done with good form, in your pain-free range."
        />
      )}

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

      <PainScale
        question="Pain during this set"
        value={pain ?? undefined}
        onChoose={(chosen) => {
          setPain(chosen);
          setIsPainMissing(false);
        }}
      />
      <div role="alert" className={isPainMissing ? 'alert alert--error' : 'alert alert--empty'}>
        {isPainMissing && <p>Please choose the pain during this set.</p>}
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
