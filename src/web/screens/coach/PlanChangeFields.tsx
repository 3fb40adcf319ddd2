import type { Plan } from '../../../contract/plan.ts';
import { getExercise } from '../../../core/catalogue/index.ts';
import type { ExerciseId } from '../../../core/catalogue/types.ts';
import { ChoiceList } from '../../components/ChoiceList.tsx';
import { formatLoad } from '../../format.ts';
import {
  type Draft,
  type DraftKind,
  draftFor,
  exercisesToAdd,
  loadKey,
  loadsFor,
} from './plan-change-draft.ts';

const SETS = [2, 3, 4, 5] as const;

function kindsFor(plan: Plan): { kind: DraftKind; label: string }[] {
  return [
    { kind: 'exercise', label: 'An exercise’s level, load or sets' },
    ...(exercisesToAdd(plan).length > 0 ? [{ kind: 'add' as const, label: 'Add an exercise' }] : []),
    ...(plan.exercises.length > 1 ? [{ kind: 'remove' as const, label: 'Remove an exercise' }] : []),
    plan.pause ? { kind: 'resume', label: 'Resume the plan' } : { kind: 'pause', label: 'Pause the plan' },
  ];
}

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What to change, and for an exercise its level (the catalogue's, by name), load (the member's) and sets. */
export function PlanChangeFields({
  plan,
  draft,
  onDraft,
}: {
  plan: Plan;
  draft: Draft;
  onDraft(draft: Draft): void;
}) {
  const choices =
    draft.kind === 'add' ? exercisesToAdd(plan) : plan.exercises.map((state) => state.exerciseId);
  const exercise = getExercise(draft.exerciseId);
  const loads = loadsFor(plan, draft.exerciseId);
  const hasExercise = draft.kind === 'exercise' || draft.kind === 'add' || draft.kind === 'remove';
  const hasLevelAndLoad = draft.kind === 'exercise' || draft.kind === 'add';
  return (
    <>
      <ChoiceList
        legend="What to change"
        choices={kindsFor(plan).map(({ kind, label }) => ({ value: kind, label }))}
        chosen={draft.kind}
        onChoose={(kind) => onDraft(draftFor(plan, kind, undefined, draft.reason))}
      />
      {hasExercise && (
        <Select
          id="exercise"
          label="Exercise"
          value={draft.exerciseId}
          options={choices.map((id) => ({ value: id, label: getExercise(id).name }))}
          onChange={(id) => onDraft(draftFor(plan, draft.kind, id as ExerciseId, draft.reason))}
        />
      )}
      {hasLevelAndLoad && (
        <>
          <Select
            id="level"
            label="Level"
            value={String(draft.level)}
            options={exercise.levels.map((range) => ({
              value: String(range.level),
              label: `Level ${range.level}: ${range.name}`,
            }))}
            onChange={(level) => onDraft({ ...draft, level: Number(level) })}
          />
          <Select
            id="load"
            label="Load"
            value={loadKey(draft.load)}
            options={loads.map((load) => ({
              value: loadKey(load),
              label: formatLoad(load, plan.weightUnit),
            }))}
            onChange={(key) => {
              const load = loads.find((candidate) => loadKey(candidate) === key);
              if (load) onDraft({ ...draft, load });
            }}
          />
        </>
      )}
      {draft.kind === 'exercise' && (
        <Select
          id="sets"
          label="Sets of 10"
          value={String(draft.targetSets)}
          options={SETS.map((sets) => ({ value: String(sets), label: `${sets} sets` }))}
          onChange={(sets) => onDraft({ ...draft, targetSets: Number(sets) })}
        />
      )}
    </>
  );
}
