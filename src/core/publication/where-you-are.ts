/**
 * "For where you are now": how well a piece of the publication fits a member's place in the program,
 * from their phase and the exercises in their plan. Used to put the articles that fit first, in the
 * app's Learn tab and in an article's related articles for a signed-in member. Pure: the caller reads the
 * member's plan (with their consent) and passes what matters here.
 */
export interface WhereYouAre {
  /** The member's phase now (1–5). */
  phase: number;
  /** The exercises in their plan now. */
  exerciseIds: readonly string[];
}

export interface AboutWhat {
  /** Phases the piece is for; none: any phase. */
  phases: readonly number[];
  /** Exercises it is about; none: no exercise in particular. */
  exercises: readonly string[];
}

/**
 * 0 (no fit) to 1 (written for this phase and these exercises). A piece for the member's phase counts
 * most; one for the phase just ahead counts a little (what comes next); each of their exercises it is
 * about adds, up to a piece on every one of them.
 */
export function fitForMember(piece: AboutWhat, member: WhereYouAre): number {
  const phaseFit =
    piece.phases.length === 0
      ? 0.3
      : piece.phases.includes(member.phase)
        ? 1
        : piece.phases.includes(member.phase + 1)
          ? 0.4
          : 0;
  const theirs = piece.exercises.filter((id) => member.exerciseIds.includes(id)).length;
  const exerciseFit = piece.exercises.length === 0 ? 0.3 : theirs / piece.exercises.length;
  return Math.round((0.6 * phaseFit + 0.4 * exerciseFit) * 1000) / 1000;
}

/** The pieces in order of fit, best first; equal fits keep the order given (newest first, say). */
export function forWhereYouAre<T extends AboutWhat>(pieces: readonly T[], member: WhereYouAre): T[] {
  return pieces
    .map((piece, index) => ({ piece, index, fit: fitForMember(piece, member) }))
    .sort((a, b) => b.fit - a.fit || a.index - b.index)
    .map(({ piece }) => piece);
}
