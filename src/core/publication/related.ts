import { fitForMember, type WhereYouAre } from './where-you-are.ts';

/**
 * An article's related articles: those sharing its tags, its exercises and its words, best first. For a
 * signed-in member with a plan, how well each fits where they are now counts as well, and those that fit
 * well are marked so the page can say "for where you are now". Pure: the caller reads the candidates and
 * the member's plan.
 */
export interface RelatedCandidate {
  id: string;
  tags: readonly string[];
  exercises: readonly string[];
  phases: readonly number[];
  /** Title, summary and body as plain words. */
  text: string;
}

export interface Related<T> {
  piece: T;
  score: number;
  isForWhereYouAre: boolean;
}

/** A fit at or above this is "for where you are now": the member's phase, or most of their exercises. */
export const WHERE_YOU_ARE_FIT = 0.7;

const STOP_WORDS = new Set(
  'the and for are but not you your with this that from have has was were will can all any our out its into than then them they their there what when who how why also just more most some such only very about over been being does did each few may might must much own same should would could'.split(
    ' ',
  ),
);

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
    (word) => word.length > 2 && !STOP_WORDS.has(word),
  );
}

/** How much two sets overlap: shared over all (Jaccard), 0 when both are empty. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  const inB = new Set(b);
  return new Set(a.filter((item) => inB.has(item))).size / union.size;
}

type Vector = Map<string, number>;

/** TF-IDF vectors of each text, the inverse document frequency taken over all of them. */
function tfIdfVectors(texts: readonly string[]): Vector[] {
  const counts = texts.map((text) => {
    const count = new Map<string, number>();
    for (const word of wordsOf(text)) count.set(word, (count.get(word) ?? 0) + 1);
    return count;
  });
  const documentFrequency = new Map<string, number>();
  for (const count of counts)
    for (const word of count.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return counts.map((count) => {
    const vector: Vector = new Map();
    for (const [word, n] of count) {
      vector.set(word, n * Math.log((1 + texts.length) / (1 + (documentFrequency.get(word) ?? 0))));
    }
    return vector;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const both = norm(a) * norm(b);
  return both === 0 ? 0 : dot / both;
}

/**
 * The `count` candidates most related to the article (never the article itself), best first; equal
 * scores keep the order given (newest first, say). Shared tags weigh most, then shared words, then shared
 * exercises; with a member, their fit is 40 % of the score.
 */
export function relatedArticles<T extends RelatedCandidate>(
  article: RelatedCandidate,
  candidates: readonly T[],
  options: { count: number; member?: WhereYouAre },
): Related<T>[] {
  const others = candidates.filter((candidate) => candidate.id !== article.id);
  const [own, ...vectors] = tfIdfVectors([article.text, ...others.map((candidate) => candidate.text)]);
  return others
    .map((piece, index) => {
      const likeness =
        0.4 * overlap(article.tags, piece.tags) +
        0.25 * overlap(article.exercises, piece.exercises) +
        0.35 * cosine(own ?? new Map(), vectors[index] ?? new Map());
      const fit = options.member ? fitForMember(piece, options.member) : undefined;
      const score = fit === undefined ? likeness : 0.6 * likeness + 0.4 * fit;
      return { piece, index, score, isForWhereYouAre: fit !== undefined && fit >= WHERE_YOU_ARE_FIT };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, options.count)
    .map(({ piece, score, isForWhereYouAre }) => ({ piece, score, isForWhereYouAre }));
}
