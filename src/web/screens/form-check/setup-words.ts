/**
 * How to set up the phone for each exercise, from the catalogue's camera view: in front for the squat and
 * split squat (depth and knees), to the side for the hinge, the pull-through and the bridge (hips and back).
 */
import type { Exercise } from '../../../core/catalogue/types.ts';
import { isDoneLyingDown } from '../../components/exercise-words.ts';

export interface SetupWords {
  /** Where the phone goes, in one sentence. */
  placement: string;
  /** What the camera can judge from there. */
  whatItSees: string;
  distance: string;
  light: string;
  clothing: string;
}

export function setupWords(exercise: Exercise): SetupWords {
  const isLying = isDoneLyingDown(exercise);
  const placement = isLying
    ? 'Stand the phone up on the floor beside your mat, its screen towards you. Lie with your side to it, so it sees your shoulder, hip, knee and ankle.'
    : exercise.cameraView === 'front'
      ? 'Stand the phone up at about hip height in front of you: on a shelf or a chair, or propped against a wall. Face it square on, so it sees both knees and both feet.'
      : 'Stand the phone up at about hip height beside you: on a shelf or a chair, or propped against a wall. Turn side-on to it, so it sees your shoulder, hip, knee and ankle.';
  const whatItSees =
    exercise.cameraView === 'front'
      ? 'From the front it sees how deep you go and whether your knees stay over your feet.'
      : 'From the side it sees how far your hips move and how your back and knees hold their position.';
  return {
    placement,
    whatItSees,
    distance:
      'Step back until your whole body is in the picture, head to feet, with a little space around you: usually 2 to 3 metres.',
    light:
      'Have the light in front of you or beside the phone. A bright window behind you turns you into a dark outline.',
    clothing:
      'Wear fitted clothes that show where your hips and knees are. Loose trousers or a long top hide them.',
  };
}
