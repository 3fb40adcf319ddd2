/**
 * A chart's colours and font, read from the custom properties of styles.css, so a canvas drawn by uPlot
 * uses the same palette as the page around it (and follows it if the palette changes with the device's
 * light or dark setting).
 */
import { useEffect, useState } from 'react';

export interface ChartPalette {
  text: string;
  /** Axis values and labels. */
  muted: string;
  /** Grid lines and ticks. */
  grid: string;
  /** The main series: your level, your score, reps, workouts done. */
  primary: string;
  /** The band of usual ups and downs around a baseline. */
  band: string;
  /** The second series on a chart (load, next-morning pain, workouts planned), also drawn dashed. */
  second: string;
  /** The page under the chart: point fills. */
  surface: string;
  font: string;
}

const FALLBACK: ChartPalette = {
  text: '#1b1f24',
  muted: '#4a5260',
  grid: '#d8dbe0',
  primary: '#1d4ed8',
  band: '#e8eefc',
  second: '#a15c00',
  surface: '#ffffff',
  font: 'system-ui, sans-serif',
};

export function readPalette(root: HTMLElement = document.documentElement): ChartPalette {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--color-text', FALLBACK.text),
    muted: read('--color-muted', FALLBACK.muted),
    grid: read('--color-line', FALLBACK.grid),
    primary: read('--color-primary', FALLBACK.primary),
    band: read('--color-primary-soft', FALLBACK.band),
    second: read('--color-caution', FALLBACK.second),
    surface: read('--color-surface', FALLBACK.surface),
    font: read('--font', FALLBACK.font),
  };
}

/** The palette now, read again when the device switches between light and dark. */
export function usePalette(): ChartPalette {
  const [palette, setPalette] = useState(readPalette);
  useEffect(() => {
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const reread = () => setPalette(readPalette());
    scheme.addEventListener('change', reread);
    return () => scheme.removeEventListener('change', reread);
  }, []);
  return palette;
}
