import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartPalette, usePalette } from './palette.ts';

/** A chart's options without its size: the wrapper sizes it to its container (or to the paper). */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

interface UPlotChartProps {
  /** Builds the chart for a palette. Keep it stable (useCallback): a new one draws the chart anew. */
  options: (palette: ChartPalette) => ChartOptions;
  data: uPlot.AlignedData;
  /** Height of the plot and its axes in CSS pixels, on screen. */
  height: number;
  /** Height on paper; defaults to the screen height. */
  printHeight?: number;
}

/**
 * Width of a chart on an A4 page in CSS pixels: the 182 mm between 14 mm margins is 688 px; a little less
 * leaves room for the borders around it.
 */
export const PRINT_WIDTH = 640;

/** Used before the container has been laid out (it reports 0 wide). */
const FALLBACK_WIDTH = 320;

/**
 * A thin React wrapper around uPlot: the chart is created when the component mounts, follows its
 * container's width (ResizeObserver), redraws at paper size when the page is printed (the canvas would
 * otherwise print at the screen's width), and is destroyed on unmount. The canvas is hidden from screen
 * readers: every chart carries its numbers as text beside it (see ChartFigure).
 */
export function UPlotChart({ options, data, height, printHeight = height }: UPlotChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const palette = usePalette();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const printMedia = window.matchMedia('print');
    let isPrinting = printMedia.matches;
    const size = () =>
      isPrinting
        ? { width: PRINT_WIDTH, height: printHeight }
        : { width: container.clientWidth || FALLBACK_WIDTH, height };
    const chart = new uPlot({ ...options(palette), ...size() }, data, container);

    const resize = () => {
      const next = size();
      if (next.width !== chart.width || next.height !== chart.height) chart.setSize(next);
    };
    // The browser lays the page out for paper only after `beforeprint`, so the size is set here; uPlot
    // redraws in a microtask, which runs before the page is printed.
    const startPrinting = () => {
      isPrinting = true;
      resize();
    };
    const followPrintMedia = () => {
      isPrinting = printMedia.matches;
      resize();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    window.addEventListener('beforeprint', startPrinting);
    window.addEventListener('afterprint', followPrintMedia);
    // A print preview or print emulation switches the media without the print events.
    printMedia.addEventListener('change', followPrintMedia);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', startPrinting);
      window.removeEventListener('afterprint', followPrintMedia);
      printMedia.removeEventListener('change', followPrintMedia);
      chart.destroy();
    };
  }, [options, data, height, printHeight, palette]);

  return <div ref={containerRef} className="uplot-chart" aria-hidden="true" />;
}
