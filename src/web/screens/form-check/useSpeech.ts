/**
 * Cues read aloud, for a member standing two metres from the screen. Off until the member turns it on;
 * the choice is kept on this phone. Each new cue is spoken once; a newer one cuts the older one short.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { onDevice } from '../../offline/stored.ts';

export const spokenCuesPreference = onDevice<boolean>('form-check-spoken-cues', false);

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

export function useSpokenCuesPreference(): [boolean, (isOn: boolean) => void] {
  const isOn = useSyncExternalStore(spokenCuesPreference.subscribe, spokenCuesPreference.get);
  return [isOn, (next) => spokenCuesPreference.set(next)];
}

/** Speaks `text` whenever it changes to something new while `isOn`; silent and quiet on unmount. */
export function useSpeech(text: string | null, isOn: boolean): void {
  useEffect(() => {
    if (!isOn || text === null || !canSpeak()) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en-GB';
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }, [text, isOn]);

  useEffect(() => {
    if (!isOn || !canSpeak()) return;
    return () => window.speechSynthesis.cancel();
  }, [isOn]);
}
