import type { RangeLevel } from '../../core/catalogue/types.ts';

interface LevelPickerProps {
  levels: readonly RangeLevel[];
  chosen: number;
  onChoose(level: number): void;
}

/** Big numbered buttons (radio buttons underneath, so arrow keys move between them). */
export function LevelPicker({ levels, chosen, onChoose }: LevelPickerProps) {
  return (
    <fieldset className="level-picker">
      <legend className="level-picker__legend">Show level</legend>
      <div className="level-picker__options">
        {levels.map((range) => (
          <label key={range.level} className="level-picker__option">
            <input
              type="radio"
              name="level"
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
