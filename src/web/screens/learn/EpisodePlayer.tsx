import type { LearnEpisode } from '../../../contract/learn.ts';

/** "1 min 12 s": an episode's length, as a person would say it. */
export function spokenDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The episode played in the app, with the browser's own controls (keyboard and screen-reader ready). */
export function EpisodePlayer({ episode }: { episode: LearnEpisode }) {
  return (
    <div className="episode card">
      <h3 className="episode__title">{episode.title}</h3>
      {episode.durationSeconds !== null && (
        <p className="episode__meta">{spokenDuration(episode.durationSeconds)}, read by a computer voice</p>
      )}
      {/* biome-ignore lint/a11y/useMediaCaption: the episode's transcript is on its own page, linked below. */}
      <audio controls preload="metadata" src={episode.audioUrl} aria-label={`Play: ${episode.title}`}>
        <a href={episode.audioUrl}>Download the episode</a>
      </audio>
      <p>
        <a href={`/episodes/${episode.slug}`}>The transcript and the notes</a>
      </p>
    </div>
  );
}
