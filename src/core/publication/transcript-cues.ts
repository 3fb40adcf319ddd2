/**
 * An episode's transcript as cues: WebVTT or SubRip (SRT), each cue its start and end in seconds and its
 * words as plain text (tags such as <v Speaker> or <i> dropped). Pure; lenient about what it cannot read
 * (a broken cue is skipped, not fatal), as the file came from an editor's upload.
 */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIMING = /((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** 01:02:03.500, 02:03,5 → seconds. */
export function timestampSeconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function parseCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => TIMING.test(line));
    if (timingIndex === -1) continue;
    const match = TIMING.exec(lines[timingIndex] ?? '');
    if (!match) continue;
    const words = lines
      .slice(timingIndex + 1)
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const start = timestampSeconds(match[1] ?? '');
    const end = timestampSeconds(match[2] ?? '');
    if (words && Number.isFinite(start) && Number.isFinite(end) && end >= start)
      cues.push({ start, end, text: words });
  }
  return cues;
}

/** 75 → "1:15", 3725 → "1:02:05": a time as people read it. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** 3725.4 → "PT1H2M5S": a duration in ISO 8601, for schema.org. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
