/** Reads one alert scenario note and plays it on the care story (see README.md beside this file). */
import { FORM_FAULT_IDS, type FormFaultId } from '../../catalogue/types.ts';
import { isKnownRule } from '../../engine/decision.ts';
import type { RuleId } from '../../engine/rules.ts';
import { INSTRUMENT_IDS } from '../../outcomes/instrument.ts';
import { story } from '../care-story.test-support.ts';

export const START = '2026-03-02';

function fail(note: string, why: string): never {
  throw new Error(`cannot read "${note}": ${why}`);
}

/** "… decides a, b" → the rules, and the text before. */
function splitDecides(note: string, text: string): { rest: string; rules: RuleId[] } {
  const [rest = '', listed] = text.split(' decides ');
  if (listed === undefined) return { rest, rules: [] };
  const rules = listed.split(',').map((rule) => rule.trim());
  const unknown = rules.filter((rule) => !isKnownRule(rule));
  if (unknown.length > 0) fail(note, `no rule called ${unknown.join(', ')}`);
  return { rest, rules: rules as RuleId[] };
}

export function runAlertScenario(note: string): { expected: string[]; raised: string[] } {
  const [left, right, ...more] = note.split('→').map((part) => part.trim());
  if (left === undefined || right === undefined || more.length > 0) fail(note, 'expected one "→"');
  const member = story(START);
  for (const event of left.split(';').map((part) => part.trim())) {
    const { rest, rules } = splitDecides(note, event);
    const words = rest.split(/\s+/);
    const [head, ...tail] = words;
    if (rest.startsWith('usual pain ')) {
      member.usualPain(Number(tail[1]));
    } else if (head === 'workout') {
      const [exercise, ...others] = tail;
      const faultsAt = others.indexOf('faults');
      const beforeAt = others.indexOf('before');
      const ends = [faultsAt, beforeAt].filter((at) => at >= 0);
      const pains = others.slice(0, ends.length > 0 ? Math.min(...ends) : others.length);
      if (pains.length === 0 || pains.some((pain) => !/^\d+$/.test(pain)))
        fail(note, `no pains in "${event}"`);
      const faults = faultsAt >= 0 ? (others[faultsAt + 1] ?? '').split(',') : [];
      if (faults.some((fault) => !(FORM_FAULT_IDS as readonly string[]).includes(fault))) {
        fail(note, `unknown fault in "${event}"`);
      }
      member.workout(`${exercise} ${pains.join(' ')}`, {
        decisions: rules,
        faults: faults as FormFaultId[],
        ...(beforeAt >= 0 ? { before: Number(others[beforeAt + 1]) } : {}),
      });
    } else if (head === 'check-in' && tail.length === 1) {
      member.checkIn(Number(tail[0]), { decisions: rules });
    } else if (head === 'screen' && tail.length === 1) {
      const outcome = tail[0] === 'clear' ? 'continue' : tail[0];
      if (outcome !== 'continue' && outcome !== 'see-doctor' && outcome !== 'emergency') fail(note, event);
      member.screen(outcome, outcome === 'continue' ? [] : ['new weakness in a leg']);
    } else if (head === 'measure' && (tail.length === 2 || tail.length === 3)) {
      const [instrument = '', value, risk] = tail;
      if (!(INSTRUMENT_IDS as readonly string[]).includes(instrument))
        fail(note, `no instrument "${instrument}"`);
      if (risk !== undefined && risk !== 'low' && risk !== 'medium' && risk !== 'high') fail(note, event);
      member.measure(instrument as (typeof INSTRUMENT_IDS)[number], Number(value), risk ?? null);
    } else if (head === 'rest' && tail[1] === 'days') {
      member.rest(Number(tail[0]));
    } else if (rest === 'plan paused') {
      member.pausePlan();
    } else {
      fail(note, `no event "${event}"`);
    }
  }
  const expected = right === 'nothing' ? [] : right.split('+').map((alert) => alert.trim());
  return { expected, raised: member.summary() };
}
