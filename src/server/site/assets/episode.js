/*
 * An episode page's progressive enhancement: a chapter link seeks the player instead of jumping to the
 * transcript, and the transcript cue being heard is marked. Without this script the page is whole: the
 * chapters list their times and the transcript is plain text.
 */
const player = document.querySelector('[data-episode-player]');
if (player instanceof HTMLMediaElement) {
  for (const link of document.querySelectorAll('[data-seek]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      player.currentTime = Number(link.getAttribute('data-seek'));
      void player.play().catch(() => undefined);
    });
  }
  const cues = [...document.querySelectorAll('[data-cue-start]')].map((element) => ({
    element,
    start: Number(element.getAttribute('data-cue-start')),
    end: Number(element.getAttribute('data-cue-end')),
  }));
  let current = null;
  player.addEventListener('timeupdate', () => {
    const time = player.currentTime;
    const cue = cues.find((c) => time >= c.start && time < c.end) ?? null;
    if (cue === current) return;
    current?.element.classList.remove('is-current');
    current?.element.removeAttribute('aria-current');
    cue?.element.classList.add('is-current');
    cue?.element.setAttribute('aria-current', 'true');
    current = cue;
  });
}
