import { expect, it } from 'vitest';
import { subscriberCountSentence } from './subscribers.ts';

it('says how many confirmed subscribers get the Sunday email', () => {
  expect(subscriberCountSentence(0)).toBe('Nobody gets the Sunday email yet.');
  expect(subscriberCountSentence(1)).toBe('1 person gets the Sunday email.');
  expect(subscriberCountSentence(12_400)).toBe('12,400 people get the Sunday email.');
});
