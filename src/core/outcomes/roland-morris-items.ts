/**
 * The Roland-Morris Disability Questionnaire's 24 statements, in the published order, described in our own
 * plain words. To use the published wording (Roland & Morris 1983; reproduced in Roland & Fairbank 2000),
 * replace the texts here: scoring (roland-morris.ts) depends only on the ids.
 */
import type { RolandMorrisWording } from './roland-morris.ts';

export const ROLAND_MORRIS_WORDING: RolandMorrisWording = {
  intro:
    'When your back hurts, everyday things can get harder. Below are 24 sentences people have used about their back. For each one, answer yes if it describes you today, and no if it does not.',
  items: {
    'stays-home': 'Because of my back, I stay at home most of the time.',
    'shifts-position': 'I keep shifting position to get my back comfortable.',
    'walks-slowly': 'Because of my back, I walk more slowly than I used to.',
    'no-housework': 'Because of my back, I am not doing any of my usual jobs around the house.',
    'handrail-upstairs': 'Because of my back, I hold the handrail to get up the stairs.',
    'lies-down-more': 'Because of my back, I lie down to rest more often.',
    'holds-on-to-stand': 'Because of my back, I need to hold on to something to get up from a soft chair.',
    'asks-others': 'Because of my back, I try to get other people to do things for me.',
    'dresses-slowly': 'Because of my back, I get dressed more slowly than I used to.',
    'stands-briefly': 'Because of my back, I only stand for short spells.',
    'avoids-bending': 'Because of my back, I try not to bend down or kneel.',
    'hard-to-rise': 'Because of my back, getting up from a chair is hard.',
    'pain-constant': 'My back hurts nearly all the time.',
    'hard-to-turn-in-bed': 'Because of my back, turning over in bed is hard.',
    'poor-appetite': 'Because of my back pain, I do not feel much like eating.',
    'hard-socks': 'Because of my back pain, putting on socks or tights is hard.',
    'walks-short-distances': 'Because of my back, I only walk short distances.',
    'sleeps-less': 'Because of my back, I sleep less well.',
    'help-dressing': 'Because of my back pain, someone helps me get dressed.',
    'sits-most-of-day': 'Because of my back, I spend most of the day sitting down.',
    'avoids-heavy-jobs': 'Because of my back, I avoid heavy jobs around the house.',
    irritable: 'Because of my back pain, I am more irritable and short-tempered with people than usual.',
    'slow-upstairs': 'Because of my back, I go up the stairs more slowly than I used to.',
    'stays-in-bed': 'Because of my back, I stay in bed most of the time.',
  },
};
