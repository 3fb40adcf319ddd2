import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo publication's files: articles and episodes written as Markdown with a short front matter of
 * `key: value` lines (lists comma-separated), and each episode's audio, WebVTT transcript and JSON
 * chapters beside it, all committed as they are (made once by src/cli/make-demo-episode-audio.ts).
 * `sunday` places a piece on the release schedule: -1 is the latest past slot, -2 the one before, and
 * so on; 1 is the next slot, for which it is scheduled. `premium: yes` makes it a premium piece (by default
 * `no`, free).
 */
export const DEMO_CONTENT_DIRECTORY = join(import.meta.dirname, 'demo-content');

export interface DemoArticle {
  title: string;
  slug: string;
  summary: string;
  tags: string[];
  exercises: string[];
  phases: number[];
  sunday: number;
  isPremium: boolean;
  bodyMarkdown: string;
}

export interface DemoEpisode {
  title: string;
  slug: string;
  guid: string;
  number: number;
  articleSlug: string;
  summary: string;
  sunday: number;
  isPremium: boolean;
  notesMarkdown: string;
  audio: Uint8Array;
  transcriptVtt: string;
  chaptersJson: string;
}

function parseFrontMatter(file: string): { fields: Map<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('a demo file must start with front matter between --- lines');
  const fields = new Map<string, string>();
  for (const line of (match[1] as string).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return { fields, body: (match[2] as string).trim() };
}

function field(fields: Map<string, string>, name: string): string {
  const value = fields.get(name);
  if (value === undefined || value === '') throw new Error(`a demo file has no ${name}`);
  return value;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function sundayOf(fields: Map<string, string>): number {
  const sunday = Number(field(fields, 'sunday'));
  if (!Number.isInteger(sunday) || sunday === 0) throw new Error('sunday is -1, -2, … (past) or 1 (next)');
  return sunday;
}

function premiumOf(fields: Map<string, string>): boolean {
  const premium = fields.get('premium') ?? 'no';
  if (premium !== 'yes' && premium !== 'no') throw new Error('premium is yes or no');
  return premium === 'yes';
}

function markdownFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

export function readDemoArticles(directory = DEMO_CONTENT_DIRECTORY): DemoArticle[] {
  const folder = join(directory, 'articles');
  return markdownFiles(folder).map((name) => {
    const { fields, body } = parseFrontMatter(readFileSync(join(folder, name), 'utf8'));
    return {
      title: field(fields, 'title'),
      slug: field(fields, 'slug'),
      summary: field(fields, 'summary'),
      tags: list(field(fields, 'tags')),
      exercises: list(field(fields, 'exercises')),
      phases: list(field(fields, 'phases')).map(Number),
      sunday: sundayOf(fields),
      isPremium: premiumOf(fields),
      bodyMarkdown: body,
    };
  });
}

export function readDemoEpisodes(directory = DEMO_CONTENT_DIRECTORY): DemoEpisode[] {
  const folder = join(directory, 'episodes');
  return markdownFiles(folder).map((name) => {
    const { fields, body } = parseFrontMatter(readFileSync(join(folder, name), 'utf8'));
    const base = join(folder, name.replace(/\.md$/, ''));
    return {
      title: field(fields, 'title'),
      slug: field(fields, 'slug'),
      guid: field(fields, 'guid'),
      number: Number(field(fields, 'number')),
      articleSlug: field(fields, 'article'),
      summary: field(fields, 'summary'),
      sunday: sundayOf(fields),
      isPremium: premiumOf(fields),
      notesMarkdown: body,
      audio: new Uint8Array(readFileSync(`${base}.mp3`)),
      transcriptVtt: readFileSync(`${base}.vtt`, 'utf8'),
      chaptersJson: readFileSync(`${base}.chapters.json`, 'utf8'),
    };
  });
}

/** A WebVTT transcript's spoken words, without the header, cue numbers and timings. */
export function vttToText(vtt: string): string {
  return vtt
    .split(/\n\n+/)
    .slice(1)
    .map((cue) =>
      cue
        .split('\n')
        .filter((line) => !/^\d+$/.test(line) && !line.includes('-->'))
        .join(' '),
    )
    .filter(Boolean)
    .join(' ');
}

/** The end of a WebVTT transcript's last cue, in seconds. */
export function lastCueEndSeconds(vtt: string): number {
  const ends = [...vtt.matchAll(/--> (\d+):(\d+):(\d+(?:\.\d+)?)/g)].map(
    (match) => Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]),
  );
  return ends.at(-1) ?? 0;
}
