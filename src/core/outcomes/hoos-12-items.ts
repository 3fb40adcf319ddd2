/**
 * The HOOS-12's twelve questions, in our own plain words, grouped as published (Gandek et al. 2019): a pain
 * frequency item and pain while sitting or lying, walking, and on stairs; difficulty rising from sitting,
 * standing, getting in or out of a car, and walking on uneven ground; and the four hip quality-of-life
 * items. The HOOS wording is © Ewa Roos and colleagues (koos.nu); to use it, replace the texts here.
 * Scoring (hoos-12.ts) depends only on the ids and on answers running 0 (no problem) to 4 (extreme).
 */
import type { Hoos12Wording } from './hoos-12.ts';

const HOW_OFTEN = ['Never', 'Monthly', 'Weekly', 'Daily', 'All the time'] as const;
const HOW_MUCH = ['None', 'Mild', 'Moderate', 'Severe', 'Extreme'] as const;

export const HOOS_12_WORDING: Hoos12Wording = {
  intro:
    'These twelve questions are about your hips over the last week: pain, what your hips let you do, and how much they are on your mind. If you are unsure, give the answer that seems closest.',
  items: {
    'pain-how-often': { text: 'How often do your hips hurt?', options: HOW_OFTEN },
    'pain-sitting-lying': {
      text: 'How much did your hips hurt when sitting or lying down?',
      options: HOW_MUCH,
    },
    'pain-walking-flat': {
      text: 'How much did your hips hurt when walking on level ground?',
      options: HOW_MUCH,
    },
    'pain-stairs': { text: 'How much did your hips hurt going up or down stairs?', options: HOW_MUCH },
    'rising-from-sitting': { text: 'How hard was it to get up from sitting?', options: HOW_MUCH },
    standing: { text: 'How hard was it to stand?', options: HOW_MUCH },
    'car-in-out': { text: 'How hard was it to get in or out of a car?', options: HOW_MUCH },
    'walking-uneven': { text: 'How hard was it to walk on uneven ground?', options: HOW_MUCH },
    'aware-of-hip': {
      text: 'How often are you aware of a problem with your hips?',
      options: ['Never', 'Monthly', 'Weekly', 'Daily', 'Constantly'],
    },
    'lifestyle-changed': {
      text: 'How much have you changed the way you live to avoid things that might harm your hips?',
      options: ['Not at all', 'A little', 'Moderately', 'A lot', 'Completely'],
    },
    'lacks-confidence': {
      text: 'How much does a lack of trust in your hips trouble you?',
      options: ['Not at all', 'A little', 'Moderately', 'A lot', 'Extremely'],
    },
    'overall-difficulty': {
      text: 'All in all, how much difficulty do your hips give you?',
      options: HOW_MUCH,
    },
  },
};
