/**
 * What checking an uploaded file gives: either the bytes to store with what was read from them, or a
 * problem in plain words that the editor sees as it is (the upload answers 4xx with it).
 */
export type CheckedFile = {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  /** For transcripts: the spoken text, for search and for `episodes.transcript_text`. */
  text: string | null;
};

export type CheckResult = { ok: true; file: CheckedFile } | { ok: false; problem: string };

export const refuse = (problem: string): CheckResult => ({ ok: false, problem });
