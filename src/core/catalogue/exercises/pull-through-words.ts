import type { ExerciseWords } from '../types.ts';

/** What the member reads about the pull-through; pull-through.ts holds what is drawn and measured. */
export const pullThroughWords = {
  summary:
    'With your back to a low cable, you hinge and then drive your hips forward to pull the rope through your legs. The load comes from behind, so your hips work hard while your back stays still.',
  loadPlacement: {
    band: 'A long loop band tied low behind you, the other end held in both hands between your legs.',
    cable: 'A rope handle on the lowest pulley, held in both hands between your legs.',
  },
  setup: [
    'Set the pulley at its lowest point and clip on a rope handle.',
    'Stand with your back to the machine, one foot either side of the cable, and take the rope in both hands between your legs.',
    'Walk forward two or three steps, until the weight lifts off the stack.',
    'Set your feet a little wider than your hips, knees softly bent. Stand side-on to the phone.',
  ],
  cues: [
    'Gently tighten your stomach and keep your back long.',
    'Let the rope draw your hips back as you hinge. Your arms stay straight and relaxed, like ropes.',
    'Drive your hips forward and squeeze your buttocks to stand tall. Do not lean back at the top.',
    'Keep your knees softly bent and over your feet, and stay in the range that is pain-free and controlled.',
  ],
  faults: [
    {
      id: 'back-rounding',
      looksLike: 'Your back curves as the rope pulls you down, instead of your hips moving back.',
      cue: 'Stop where your back is still flat. Send your hips back, not your head down.',
    },
    {
      id: 'lost-brace',
      looksLike: 'At the top you lean back and your lower back arches, or you pull with your arms.',
      cue: 'Finish tall, ribs down, buttocks squeezed. Your arms only hold the rope.',
    },
    {
      id: 'knees-caving',
      looksLike: 'Your knees roll in towards each other as you stand up.',
      cue: 'Keep your knees over your feet, pointing the same way as your toes.',
    },
    {
      id: 'past-pain-free-range',
      looksLike: 'The weight pulls you lower than you can control, or into pain.',
      cue: 'Use a lighter load or a shorter hinge, and stay where it does not hurt.',
    },
  ],
  notYet: [
    'Until your hip hinge is solid with a weight: a full set of 10 with good form at your current level.',
    'Within 12 weeks of back or hip surgery, unless your surgeon or physiotherapist has cleared you for bending forward with load.',
    'If pain climbs during the set instead of staying the same or settling.',
  ],
  variant: {
    name: 'Band pull-through',
    when: 'When there is no cable machine, for example at home.',
    setup: [
      'Loop a long band around something heavy and low behind you, such as a solid table leg or a post. A door anchor at the bottom of a closed door also works.',
      'Stand with your back to the anchor, the band between your legs, the free end in both hands.',
      'Step forward until the band is gently stretched even when you are standing tall.',
      'Move exactly as with the cable. The band pulls hardest at the top, so squeeze your buttocks there.',
    ],
  },
  levelDescriptions: [
    'Let the rope draw your hips back a little, so your chest tips forward a few inches.',
    'Hinge further, until your hands are between your thighs, about halfway to your knees.',
    'Hinge until your hands are level with your knees.',
    'Hinge until your chest is close to level with the floor, your back still long and flat.',
  ],
} satisfies ExerciseWords;
