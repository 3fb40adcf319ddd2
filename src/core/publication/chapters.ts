import { z } from 'zod';

/**
 * An episode's chapters, from its JSON chapters file (the Podcasting 2.0 format: `{ version, chapters:
 * [{ startTime, title }] }`). Chapters with no title, or marked `toc: false`, are left out of the list;
 * an unreadable file gives no chapters rather than a broken page.
 */
export interface Chapter {
  start: number;
  title: string;
}

const chaptersFileSchema = z.object({
  chapters: z.array(
    z.object({ startTime: z.number().min(0), title: z.string().optional(), toc: z.boolean().optional() }),
  ),
});

export function parseChapters(json: string): Chapter[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = chaptersFileSchema.safeParse(data);
  if (!parsed.success) return [];
  return parsed.data.chapters
    .filter((chapter) => chapter.toc !== false && chapter.title?.trim())
    .map((chapter) => ({ start: chapter.startTime, title: (chapter.title ?? '').trim() }))
    .sort((a, b) => a.start - b.start);
}
