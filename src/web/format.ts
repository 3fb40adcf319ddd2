/**
 * Dates, numbers and loads in the member's own language settings (the browser's locale), and the member's
 * calendar day. The server and the engine speak in `YYYY-MM-DD` days and kilograms; people do not.
 */
import { describeLoad, formatWeight, POUNDS_PER_KILOGRAM, type WeightUnit } from '../core/catalogue/loads.ts';
import type { Load } from '../core/catalogue/types.ts';

/** The member's own calendar day, where they are (not the server's UTC day). */
export function localDay(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Midday on the day, so no time zone can move it to the day before. */
function atMidday(day: string): Date {
  return new Date(`${day.slice(0, 10)}T12:00:00`);
}

export function formatDay(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    atMidday(day),
  );
}

export function formatShortDay(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(atMidday(day));
}

/** "March", for a YYYY-MM month. */
export function formatMonthName(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long' }).format(atMidday(`${month}-15`));
}

export function formatDate(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(atMidday(day));
}

export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** "Tomorrow", "Today" or the weekday and date, for when the next workout is. */
export function describeDay(day: string, today: string, locale?: string): string {
  const days = Math.round((atMidday(day).getTime() - atMidday(today).getTime()) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return formatDay(day, locale);
}

/** "yesterday", "today", "on Thursday 5 March": for the middle of a sentence. */
export function whenWords(day: string, today: string, locale?: string): string {
  const words = describeDay(day, today, locale);
  return ['today', 'tomorrow', 'yesterday'].includes(words) ? words : `on ${words}`;
}

function localiseNumbers(text: string, locale?: string): string {
  return text.replace(/\d+(?:\.\d+)?/g, (number) => formatNumber(Number(number), locale));
}

/** "8 kg", "17,5 lb": a weight stored in kilograms, in the member's unit and locale. */
export function formatWeightIn(kg: number, unit: WeightUnit, locale?: string): string {
  return localiseNumbers(formatWeight(kg, unit), locale);
}

/** A weight the member typed in their unit, as kilograms (how every weight is stored). */
export function toKilograms(value: number, unit: WeightUnit): number {
  return unit === 'kg' ? value : Math.round((value / POUNDS_PER_KILOGRAM) * 1000) / 1000;
}

/** "Light band", "Bodyweight", "12,5 kg dumbbell": the engine's words with numbers in the member's locale. */
export function formatLoad(load: Load, unit: WeightUnit, locale?: string): string {
  const words = localiseNumbers(describeLoad(load, unit), locale);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
