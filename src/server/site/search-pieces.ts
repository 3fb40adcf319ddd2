import type { Executor } from '../db/executor.ts';
import { bestPassages, type SearchHit, searchPublished } from '../db/repositories/public-pieces.ts';
import { markdownToPlainText } from '../publication/markdown.ts';

/**
 * The search page's results: the ranked hits, each with its best passages cut from the words a reader
 * sees (an article's Markdown made plain first), so a snippet never shows "**" or "##".
 */
export async function searchPieces(db: Executor, query: string, limit: number): Promise<SearchHit[]> {
  const matches = await searchPublished(db, query, limit);
  const readable = matches.map(
    (match) => `${match.summary} ${match.kind === 'article' ? markdownToPlainText(match.text) : match.text}`,
  );
  const passages = await bestPassages(db, query, readable);
  return matches.map(({ text: _text, ...summary }, index) => ({
    ...summary,
    snippet: passages[index] ?? '',
  }));
}
