import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../rules.ts';
import { parseScenario, type Scenario } from './lines.test-support.ts';
import { ScenarioSyntaxError } from './parse.test-support.ts';
import { runScenario } from './run.test-support.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.scenarios'))
  .sort();

interface Note {
  file: string;
  lineNumber: number;
  text: string;
}

function notesIn(file: string): Note[] {
  return readFileSync(`${folder}/${file}`, 'utf8')
    .split('\n')
    .map((text, index) => ({ file, lineNumber: index + 1, text: text.trim() }))
    .filter((note) => note.text !== '' && !note.text.startsWith('#'));
}

const notes = files.flatMap(notesIn);

for (const file of files) {
  describe(file, () => {
    for (const note of notes.filter((candidate) => candidate.file === file)) {
      // A note that does not parse fails here, with the parser's reason: it is never skipped.
      it(`${note.lineNumber}: ${note.text}`, () => {
        expect(runScenario(parseScenario(note.text))).toEqual([]);
      });
    }
  });
}

describe('the scenario notes as a whole', () => {
  it('has at least 40 scenarios, in several files by theme', () => {
    expect(notes.length).toBeGreaterThanOrEqual(40);
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it('shows every rule of the method firing in at least one scenario', () => {
    const fired = new Set(
      notes.flatMap((note) => {
        const scenario: Scenario = parseScenario(note.text);
        return scenario.kind === 'screen' ? [] : scenario.expect.rules;
      }),
    );
    expect(RULE_IDS.filter((rule) => !fired.has(rule))).toEqual([]);
  });

  it('refuses a note it cannot read, saying why', () => {
    const unreadable = [
      'squat L2 bodyweight: 5x10 ok pain 2',
      'squat L2 bodyweight: 5x10 ok → squat L2 bodyweight',
      'squat L2 bodyweight: 5x10 ok pain 2 → squat L2 feather',
      'squat L2 bodyweight: 5x10 ok pain 2 → squat L2 bodyweight (lucky step)',
      'lunge L2 bodyweight: 5x10 ok pain 2 → lunge L2 bodyweight',
      'squat L2 bodyweight: 5x10 ok wobbly pain 2 → squat L2 bodyweight',
      'squat L2 bodyweight: 5x10 ok knees-caving pain 2 → squat L2 bodyweight',
      'squat L2 bodyweight, owns a rowing machine: 5x10 ok pain 2 → squat L2 bodyweight',
      'screen headache → continue',
      'screen fever → see a doctor',
      'start chair stands many → phase 1',
    ];
    for (const text of unreadable) expect(() => parseScenario(text), text).toThrow(ScenarioSyntaxError);
  });
});
