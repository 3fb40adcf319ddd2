import type { Executor } from '../db/executor.ts';
import {
  bestPassages,
  MATCH_END,
  MATCH_START,
  type SearchHit,
  searchPublished,
} from '../db/repositories/public-pieces.ts';
import { markdownToPlainText } from '../publication/markdown.ts';

/**
 * The search page's results: the ranked hits, each with its best passages cut from the words a reader
 * sees (an article's Markdown made plain first), so a snippet never shows "**" or "##". A premium
 * piece is found by its words too, but its snippet comes from its summary: the rest is for members.
 */
export async function searchPieces(db: Executor, query: string, limit: number): Promise<SearchHit[]> {
  const matches = await searchPublished(db, query, limit);
  const readable = matches.map((match) =>
    match.isPremium
      ? match.summary
      : `${match.summary} ${match.kind === 'article' ? markdownToPlainText(match.text) : match.text}`,
  );
  const passages = await bestPassages(db, query, readable);
  return matches.map(({ text: _text, ...summary }, index) => ({
    ...summary,
    snippet: withEllipses(passages[index] ?? '', readable[index] ?? ''),
  }));
}

/** The fragment separator bestPassages puts between passages. */
const BETWEEN_PASSAGES = ' … ';
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();
const unmarked = (text: string) => squeezed(text.replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''));

/**
 * The passages with "…" where they cut into the text: before the first unless it is where the text
 * begins, after the last unless only punctuation follows it, so a reader sees a snippet is a part.
 */
export function withEllipses(passages: string, text: string): string {
  if (!passages) return passages;
  const whole = squeezed(text);
  const fragments = passages.split(BETWEEN_PASSAGES);
  const first = unmarked(fragments[0] ?? '');
  const last = unmarked(fragments.at(-1) ?? '');
  const lastAt = whole.lastIndexOf(last);
  const isAtStart = whole.startsWith(first);
  const isAtEnd = lastAt >= 0 && /^[\p{P}\s]*$/u.test(whole.slice(lastAt + last.length));
  return `${isAtStart ? '' : '… '}${passages}${isAtEnd ? '' : ' …'}`;
}
