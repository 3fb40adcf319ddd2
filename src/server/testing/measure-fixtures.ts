import { randomUUID } from 'node:crypto';

/** Oswestry sections summing to 19 of 50: an index of 38, "moderate". */
export const ODI_38 = {
  'pain-intensity': 3,
  'personal-care': 1,
  lifting: 3,
  walking: 2,
  sitting: 2,
  standing: 2,
  sleeping: 2,
  'sex-life': 1,
  'social-life': 2,
  travelling: 1,
};
/** 13 of 50: 26. */
export const ODI_26 = {
  ...ODI_38,
  'pain-intensity': 2,
  'personal-care': 0,
  lifting: 2,
  walking: 1,
  standing: 1,
  sleeping: 1,
};

export function measure(instrumentId: string, takenOn: string, answers: object, id = randomUUID()) {
  return { id, instrumentId, takenOn, answers };
}
