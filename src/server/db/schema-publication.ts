import type { ColumnType } from 'kysely';
import type { Defaulted, DefaultedTimestamp, Optional, Timestamp } from './column-types.ts';

/**
 * The publication's tables (migrations 0014 to 0016): stored files, articles and their revisions,
 * episodes, the Sunday email's subscribers and limits, releases and their emails, and the kept feeds.
 */

export type MediaKind = 'image' | 'audio' | 'video' | 'transcript' | 'chapters';

/** An uploaded file, named by its content's SHA-256: it never changes, so its URL is cached for good. */
export interface MediaFilesTable {
  id: string;
  kind: MediaKind;
  content_type: string;
  /** Without the dot: jpg, png, mp3, m4a, mp4, vtt, srt, json. */
  extension: string;
  /** pg returns bigint as a string. */
  byte_size: ColumnType<string, number | string, number | string>;
  width: Optional<number>;
  height: Optional<number>;
  duration_seconds: Optional<number>;
  data: Uint8Array;
  uploaded_by: Optional<string>;
  created_at: DefaultedTimestamp;
}

/** draft: being written; scheduled: published by the release job at `publish_at`; published: public. */
export type PublicationStatus = 'draft' | 'scheduled' | 'published';

export interface ArticlesTable {
  id: string;
  slug: string;
  status: Defaulted<PublicationStatus>;
  title: string;
  summary: Defaulted<string>;
  body_markdown: Defaulted<string>;
  tags: Defaulted<string[]>;
  /** Exercise ids (core/catalogue) the article is about. */
  exercises: Defaulted<string[]>;
  /** Phases (1–5) the article is for. */
  phases: Defaulted<number[]>;
  cover_media_id: Optional<string>;
  cover_alt: Defaulted<string>;
  /** Read whole by premium members; others see the summary and how to join. */
  is_premium: Defaulted<boolean>;
  publish_at: Optional<Date>;
  published_at: Optional<Date>;
  /** Moves by one on every save; the save names the revision it started from, so two editors never overwrite each other unseen. */
  revision: Defaulted<number>;
  created_by: Optional<string>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  /** Made by the database from title, summary and body; never written. */
  search: ColumnType<string, never, never>;
}

/** Every saved version of an article. */
export interface ArticleRevisionsTable {
  article_id: string;
  revision: number;
  title: string;
  summary: string;
  body_markdown: string;
  tags: string[];
  exercises: string[];
  phases: number[];
  cover_media_id: Optional<string>;
  cover_alt: string;
  /** As the article's: premium is saved with the rest, so a restore brings it back (migration 0023). */
  is_premium: Defaulted<boolean>;
  saved_by: Optional<string>;
  saved_at: Timestamp;
}

export interface EpisodesTable {
  id: string;
  /** The feed's guid for it: made when the episode is created, never changed. */
  guid: string;
  slug: string;
  status: Defaulted<PublicationStatus>;
  title: string;
  /** A sentence or two, plain text: the feed's description and the link previews. */
  summary: Defaulted<string>;
  notes_markdown: Defaulted<string>;
  season: Defaulted<number>;
  number: Optional<number>;
  explicit: Defaulted<boolean>;
  /** Heard by premium members, in the app and their private feed; the public feed lists it without audio. */
  is_premium: Defaulted<boolean>;
  /** The article it pairs with ("Read the article" / "Watch the podcast"). */
  article_id: Optional<string>;
  /** The audio (MP3, M4A) or video (MP4) file. */
  media_id: Optional<string>;
  /** For a video: the image shown before it plays. */
  poster_media_id: Optional<string>;
  /** Square artwork of its own; without it the podcast's artwork is used. */
  artwork_media_id: Optional<string>;
  transcript_media_id: Optional<string>;
  transcript_text: Defaulted<string>;
  chapters_media_id: Optional<string>;
  publish_at: Optional<Date>;
  published_at: Optional<Date>;
  created_by: Optional<string>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  search: ColumnType<string, never, never>;
}

/** A confirmed sign-up to the Sunday email: the address and the consent time, nothing more. */
export interface SubscribersTable {
  id: string;
  email: string;
  consented_at: Timestamp;
}

/** Sign-ups asked for in one window, under an HMAC of the client address or the email address. */
export interface SubscriptionLimitsTable {
  key: string;
  window_start: Timestamp;
  count: Defaulted<number>;
}

/** One slot of the release schedule and what it published. */
export interface ReleasesTable {
  slot: Timestamp;
  released_at: Timestamp;
  article_ids: Defaulted<string[]>;
  episode_ids: Defaulted<string[]>;
  emailed_at: Optional<Date>;
}

/** A subscriber's email for one release, queued once. */
export interface ReleaseEmailsTable {
  slot: Timestamp;
  subscriber_id: string;
  mail_id: string;
  queued_at: Timestamp;
}

/** A public feed's last rendered body, good while `content_version` matches its sources' version now. */
export interface FeedCacheTable {
  path: string;
  body: string;
  etag: string;
  /** The newest published or updated time of what the feed holds (not clamped: the route clamps to now). */
  last_modified: Timestamp;
  content_version: string;
  built_at: Timestamp;
}
