import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALERT_KINDS, ALERT_SEVERITIES } from '../alert.ts';
import { runAlertScenario } from './run.test-support.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.scenarios'))
  .sort();

const notes = files.flatMap((file) =>
  readFileSync(`${folder}/${file}`, 'utf8')
    .split('\n')
    .map((text, index) => ({ file, lineNumber: index + 1, text: text.trim() }))
    .filter((note) => note.text !== '' && !note.text.startsWith('#')),
);

for (const file of files) {
  describe(file, () => {
    for (const note of notes.filter((candidate) => candidate.file === file)) {
      it(`${note.lineNumber}: ${note.text}`, () => {
        const { expected, raised } = runAlertScenario(note.text);
        expect(raised).toEqual(expected);
      });
    }
  });
}

describe('the alert scenarios as a whole', () => {
  it('show every severity and every kind of alert at least once', () => {
    const seen = notes.flatMap((note) => runAlertScenario(note.text).raised);
    expect(
      ALERT_SEVERITIES.filter((severity) => !seen.some((line) => line.startsWith(`${severity} `))),
    ).toEqual([]);
    expect(ALERT_KINDS.filter((kind) => !seen.some((line) => line.split(' ')[1] === kind))).toEqual([]);
  });

  it('refuses a note it cannot read, saying why', () => {
    expect(() => runAlertScenario('workout squat 8')).toThrow(/→/);
    expect(() => runAlertScenario('jog 5 km → nothing')).toThrow(/jog 5 km/);
    expect(() => runAlertScenario('workout squat 8 decides made-up-rule → nothing')).toThrow(/made-up-rule/);
  });
});
