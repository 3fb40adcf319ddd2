/**
 * THE FILE TO REPLACE WITH THE LICENSED OSWESTRY WORDING.
 *
 * The Oswestry Disability Index questionnaire text is © Jeremy Fairbank (1980); commercial use needs a
 * licence (distributed through Mapi Research Trust, eprovide.mapi-trust.org). Until Backstrong holds that
 * licence, this file ships our own plain-words description of each section and of each of its six levels,
 * in the published order (level 0 = no trouble … level 5 = the most). Scoring (oswestry.ts) depends only on
 * the section ids and on that order, so swapping in the licensed text is a change to this file alone.
 *
 * Until then, scores come from a paraphrase: not the validated wording, which the report must say.
 */
import type { OswestryWording } from './oswestry.ts';

export const OSWESTRY_WORDING_SOURCE: 'paraphrase' | 'licensed' = 'paraphrase';

export const OSWESTRY_WORDING: OswestryWording = {
  intro:
    'These ten questions ask how your back (or leg) pain affects everyday life. In each one, pick the sentence that fits you best today. If two seem to fit, pick the one closest to how things are; skip a question that does not apply to you.',
  sections: {
    'pain-intensity': {
      title: 'How strong your pain is',
      statements: [
        'Right now I have no pain.',
        'Right now my pain is very mild.',
        'Right now my pain is moderate.',
        'Right now my pain is fairly severe.',
        'Right now my pain is very severe.',
        'Right now my pain is as bad as I can imagine.',
      ],
    },
    'personal-care': {
      title: 'Looking after yourself (washing, dressing)',
      statements: [
        'I look after myself as usual, and it does not add to my pain.',
        'I look after myself as usual, but it adds to my pain.',
        'Looking after myself hurts, so I do it slowly and carefully.',
        'I need a little help, but I manage most of it myself.',
        'I need help every day with most of it.',
        'I stay in bed: I do not get dressed, and washing is hard.',
      ],
    },
    lifting: {
      title: 'Lifting',
      statements: [
        'I can lift heavy things and it does not add to my pain.',
        'I can lift heavy things, but it adds to my pain.',
        'Pain stops me lifting heavy things from the floor, but I manage if they are at a handy height, such as on a table.',
        'Pain stops me lifting heavy things, but I manage light or medium things at a handy height.',
        'I can only lift very light things.',
        'I cannot lift or carry anything.',
      ],
    },
    walking: {
      title: 'Walking',
      statements: [
        'Pain does not stop me walking as far as I like.',
        'Pain stops me walking more than about a mile (1.5 km).',
        'Pain stops me walking more than about a quarter of a mile (400 m).',
        'Pain stops me walking more than about 100 yards (100 m).',
        'I can only walk with a stick or crutches.',
        'I spend most of my time in bed.',
      ],
    },
    sitting: {
      title: 'Sitting',
      statements: [
        'I can sit in any chair for as long as I like.',
        'I can sit for as long as I like, but only in my favourite chair.',
        'Pain stops me sitting for more than an hour.',
        'Pain stops me sitting for more than half an hour.',
        'Pain stops me sitting for more than ten minutes.',
        'Pain stops me sitting at all.',
      ],
    },
    standing: {
      title: 'Standing',
      statements: [
        'I can stand for as long as I like, and it does not add to my pain.',
        'I can stand for as long as I like, but it adds to my pain.',
        'Pain stops me standing for more than an hour.',
        'Pain stops me standing for more than half an hour.',
        'Pain stops me standing for more than ten minutes.',
        'Pain stops me standing at all.',
      ],
    },
    sleeping: {
      title: 'Sleeping',
      statements: [
        'Pain never disturbs my sleep.',
        'Pain sometimes disturbs my sleep.',
        'Because of pain I sleep less than six hours.',
        'Because of pain I sleep less than four hours.',
        'Because of pain I sleep less than two hours.',
        'Pain stops me sleeping at all.',
      ],
    },
    'sex-life': {
      title: 'Sex life (skip this if it does not apply)',
      statements: [
        'My sex life is as usual, and it does not add to my pain.',
        'My sex life is as usual, but it adds to my pain.',
        'My sex life is close to usual, but very painful.',
        'Pain limits my sex life a lot.',
        'Because of pain I have almost no sex life.',
        'Pain stops any sex life.',
      ],
    },
    'social-life': {
      title: 'Social life',
      statements: [
        'My social life is as usual, and it does not add to my pain.',
        'My social life is as usual, but it makes my pain worse.',
        'Pain makes little difference to my social life, except that I do less of the energetic things, such as sport.',
        'Pain has cut my social life down, and I go out less often.',
        'Because of pain my social life happens at home.',
        'Because of pain I have no social life.',
      ],
    },
    travelling: {
      title: 'Travelling',
      statements: [
        'I can travel anywhere without pain.',
        'I can travel anywhere, but it adds to my pain.',
        'The pain is bad, but I manage journeys of more than two hours.',
        'Pain limits me to journeys of less than an hour.',
        'Pain limits me to short, necessary journeys of less than half an hour.',
        'Pain stops me travelling, except to get treatment.',
      ],
    },
  },
};
