import type { RangeLevel } from '../../core/catalogue/types.ts';

interface LevelPickerProps {
  levels: readonly RangeLevel[];
  chosen: number;
  onChoose(level: number): void;
  /** What the choice is for; "Show level" where it only picks a picture. */
  legend?: string;
  /** The radio group's name: each picker on a screen needs its own. */
  name?: string;
}

/** Big numbered buttons (radio buttons underneath, so arrow keys move between them). */
export function LevelPicker({
  levels,
  chosen,
  onChoose,
  legend = 'Show level',
  name = 'level',
}: LevelPickerProps) {
  return (
    <fieldset className="level-picker">
      <legend className="level-picker__legend">{legend}</legend>
      <div className="level-picker__options">
        {levels.map((range) => (
          <label key={range.level} className="level-picker__option">
            <input
              type="radio"
              name={name}
              value={range.level}
              checked={range.level === chosen}
              onChange={() => onChoose(range.level)}
            />
            <span aria-hidden="true">{range.level}</span>
            <span className="visually-hidden">
              Level {range.level}: {range.name}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
