/**
 * Telling the member that a rest is over without their looking: a short two-note chime (Web Audio, only if
 * sound is on) and a buzz where the phone can vibrate. Browsers let a page make sound only after a tap, so
 * `prepareSound` runs on the tap that logs a set.
 */
let audio: AudioContext | undefined;

export function prepareSound(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = undefined;
  }
}

function tone(context: AudioContext, frequency: number, startsAt: number): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, startsAt);
  gain.gain.exponentialRampToValueAtTime(0.3, startsAt + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, startsAt + 0.35);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(startsAt);
  oscillator.stop(startsAt + 0.4);
}

export function signalRestOver(isSoundOn: boolean): void {
  if (isSoundOn && audio) {
    tone(audio, 660, audio.currentTime);
    tone(audio, 880, audio.currentTime + 0.25);
  }
  navigator.vibrate?.([200, 100, 200]);
}
