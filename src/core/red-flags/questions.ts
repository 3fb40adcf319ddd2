/**
 * The red-flag screen, as data. Asked before the assessment and again whenever a member reports a new
 * symptom. Each question asks about one thing, in plain words; its category says what the sign may mean,
 * and that decides what the member is told (see screen.ts).
 */

export const RED_FLAG_CATEGORIES = [
  'cauda-equina',
  'neurological',
  'infection',
  'cancer',
  'fracture',
] as const;
export type RedFlagCategory = (typeof RED_FLAG_CATEGORIES)[number];

/**
 * How soon a member with a "see a doctor first" sign should be seen, after the NHS's back-pain advice and
 * NICE NG59: 'same-day' (a fever, a recent fall: an urgent GP appointment or NHS 111 today), 'urgent'
 * (weight loss, constant night pain: an urgent GP appointment), 'before-starting' (a risk factor such as
 * a history of cancer or thin bones: not an alarm, a reason to talk to a GP before starting to train).
 */
export const DOCTOR_URGENCIES = ['same-day', 'urgent', 'before-starting'] as const;
export type DoctorUrgency = (typeof DOCTOR_URGENCIES)[number];

export const RED_FLAG_QUESTION_IDS = [
  'saddle-numbness',
  'bladder-bowel',
  'sexual-dysfunction',
  'both-legs',
  'leg-weakness',
  'fever',
  'cancer-history',
  'weight-loss',
  'night-pain',
  'fall-or-injury',
  'bone-weakness',
] as const;
export type RedFlagQuestionId = (typeof RED_FLAG_QUESTION_IDS)[number];

export interface RedFlagQuestion {
  id: RedFlagQuestionId;
  category: RedFlagCategory;
  /** The question as the member reads it; "yes" means the sign is present. */
  text: string;
  /** The sign in a few words, to name it back to the member and to their coach. */
  sign: string;
  /** Only for signs that send the member to a doctor rather than to an emergency department. */
  urgency?: DoctorUrgency;
}

export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'saddle-numbness',
    category: 'cauda-equina',
    text: 'Do you have numbness or tingling in the saddle area: your inner thighs, your genitals or around your back passage?',
    sign: 'numbness or tingling in the saddle area',
  },
  {
    id: 'bladder-bowel',
    category: 'cauda-equina',
    text: 'Have you had new trouble passing urine or holding it in, or have you lost control of your bowels?',
    sign: 'new trouble with your bladder or bowels',
  },
  {
    id: 'sexual-dysfunction',
    category: 'cauda-equina',
    text: 'Have you noticed new problems with sex, such as less feeling or your body not responding as usual?',
    sign: 'new problems with sexual function',
  },
  {
    id: 'both-legs',
    category: 'neurological',
    text: 'Do you have pain, numbness or tingling going down both of your legs?',
    sign: 'pain or numbness down both legs',
  },
  {
    id: 'leg-weakness',
    category: 'neurological',
    text: 'Is one of your legs, or both, very weak, or getting weaker?',
    sign: 'leg weakness that is severe or getting worse',
  },
  {
    id: 'fever',
    category: 'infection',
    text: 'Do you have a fever, or feel generally unwell, along with your back pain?',
    sign: 'a fever or feeling unwell with your back pain',
    urgency: 'same-day',
  },
  {
    id: 'cancer-history',
    category: 'cancer',
    text: 'Have you ever had cancer?',
    sign: 'a history of cancer',
    urgency: 'before-starting',
  },
  {
    id: 'weight-loss',
    category: 'cancer',
    text: 'Have you lost weight recently without trying to?',
    sign: 'weight loss you cannot explain',
    urgency: 'urgent',
  },
  {
    id: 'night-pain',
    category: 'cancer',
    text: 'Is your back pain there all night, with no position that eases it?',
    sign: 'constant night pain that no position eases',
    urgency: 'urgent',
  },
  {
    id: 'fall-or-injury',
    category: 'fracture',
    text: 'Have you had a fall or hurt your back in an accident recently?',
    sign: 'a recent fall or injury',
    urgency: 'same-day',
  },
  {
    id: 'bone-weakness',
    category: 'fracture',
    text: 'Do you have osteoporosis (thin bones), or have you taken steroid tablets for three months or more?',
    sign: 'osteoporosis or long-term steroid use',
    urgency: 'before-starting',
  },
];

/** One yes/no answer per question: `true` means the member said yes, the sign is present. */
export type RedFlagAnswers = Record<RedFlagQuestionId, boolean>;

/** Suspected cauda equina or progressive neurological loss: these send the member to an emergency department. */
export const EMERGENCY_CATEGORIES: readonly RedFlagCategory[] = ['cauda-equina', 'neurological'];

/** All answers "no": the starting point of the form, and handy in tests. */
export function noRedFlags(): RedFlagAnswers {
  return Object.fromEntries(RED_FLAG_QUESTION_IDS.map((id) => [id, false])) as RedFlagAnswers;
}
