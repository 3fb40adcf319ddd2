import { Link } from 'wouter';
import type { LearnEpisode } from '../../../contract/learn.ts';
import { useHasFeature } from '../../membership-features.ts';

/** "1 min 12 s": an episode's length, as a person would say it. */
export function spokenDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * The episode played in the app, with the browser's own controls (keyboard and screen-reader ready). A
 * premium episode for a member without premium says what it is part of instead of offering a player
 * that could not play.
 */
export function EpisodePlayer({ episode }: { episode: LearnEpisode }) {
  const hasPremium = useHasFeature('premium-publication');
  if (episode.isPremium && !hasPremium) {
    return (
      <div className="episode card">
        <h3 className="episode__title">{episode.title}</h3>
        <p className="episode__meta">
          <span className="premium-mark">Premium</span>
          {episode.durationSeconds !== null && <> · {spokenDuration(episode.durationSeconds)}</>}
        </p>
        <p>This episode is for premium members: they hear it here and in their own podcast feed.</p>
        <p>
          <Link href="/membership">Learn more about premium membership</Link>
        </p>
      </div>
    );
  }
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
