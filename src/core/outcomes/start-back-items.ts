/**
 * The STarT Back Screening Tool's nine questions, in the published order, described in our own plain words.
 * The tool and its wording are © Keele University, which licenses commercial use; to use the published
 * wording, replace the texts here. Scoring (start-back.ts) depends only on the ids and the answer order.
 */
import type { StartBackWording } from './start-back.ts';

export const START_BACK_WORDING: StartBackWording = {
  intro:
    'Think about the last 2 weeks. For each sentence, say whether you agree or disagree; the last question asks how much your back pain has bothered you.',
  items: {
    'leg-pain': 'At some point in the last 2 weeks, my back pain has spread down one or both legs.',
    'shoulder-or-neck-pain':
      'At some point in the last 2 weeks, I have also had pain in my shoulder or neck.',
    'walks-short-distances': 'Because of my back pain, I have only walked short distances.',
    'dresses-slowly': 'In the last 2 weeks, back pain has made me slower than usual at getting dressed.',
    'activity-unsafe': 'With a back like mine, being physically active is not really safe.',
    'worrying-thoughts': 'A lot of the time, worrying thoughts have been on my mind.',
    'never-better': 'My back pain feels terrible, and I think it will never get better.',
    'no-enjoyment': 'On the whole, I have not been enjoying the things I used to enjoy.',
    bothersome: 'Overall, how much has your back pain bothered you in the last 2 weeks?',
  },
  agreement: ['Disagree', 'Agree'],
  bother: ['Not at all', 'Slightly', 'Moderately', 'Very much', 'Extremely'],
};
