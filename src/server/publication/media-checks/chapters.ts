/**
 * Chapter uploads: Podcasting 2.0 JSON chapters. Podcast apps jump to these times, so the times must
 * be numbers from zero upwards in order, and every chapter needs a title to show.
 */
import { z } from 'zod';
import { type CheckResult, refuse } from './check-result.ts';
import { MEDIA_MAX_BYTES } from './limits.ts';

const chapterSchema = z.object({
  startTime: z.number().min(0),
  endTime: z.number().min(0).optional(),
  title: z.string().trim().min(1).max(500),
  img: z.url().optional(),
  url: z.url().optional(),
});

const chaptersSchema = z.object({
  version: z.string().regex(/^1\.\d+(\.\d+)?$/),
  chapters: z.array(chapterSchema).min(1).max(1000),
});

export function checkChapters(bytes: Uint8Array): CheckResult {
  if (bytes.byteLength > MEDIA_MAX_BYTES.chapters) return refuse('A chapters file may be at most 1 MB.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('This is not a JSON chapters file: it does not parse as JSON.');
  }
  const parsed = chaptersSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    return refuse(
      `This chapters file is not valid Podcasting 2.0 JSON chapters: ${where}: ${issue?.message}.`,
    );
  }
  const chapters = parsed.data.chapters;
  for (let index = 0; index < chapters.length; index += 1) {
    const chapter = chapters[index];
    const previous = chapters[index - 1];
    if (chapter && previous && chapter.startTime < previous.startTime) {
      return refuse(`Chapter ${index + 1} (“${chapter.title}”) starts before the chapter above it.`);
    }
    if (chapter?.endTime !== undefined && chapter.endTime <= chapter.startTime) {
      return refuse(`Chapter ${index + 1} (“${chapter.title}”) ends before it starts.`);
    }
  }
  return {
    ok: true,
    file: {
      bytes,
      contentType: 'application/json+chapters',
      extension: 'json',
      width: null,
      height: null,
      durationSeconds: null,
      text: null,
    },
  };
}
