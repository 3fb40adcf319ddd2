/**
 * Pixels of a browser frame (a playing video, a bitmap sent to a worker, a VideoFrame) for the model:
 * the crop is drawn straight into a small canvas, so the browser scales on its own fast path and only
 * the model's 192×192 pixels are read back.
 */
import type { CropRegion } from '../crop-region.ts';
import type { FrameReader, FrameSize } from '../pose-detector.ts';

export type BrowserFrame =
  | HTMLVideoElement
  | HTMLCanvasElement
  | HTMLImageElement
  | ImageBitmap
  | OffscreenCanvas
  | VideoFrame;

export function frameSize(frame: BrowserFrame): FrameSize {
  if ('videoWidth' in frame) return { width: frame.videoWidth, height: frame.videoHeight };
  if ('displayWidth' in frame) return { width: frame.displayWidth, height: frame.displayHeight };
  if ('naturalWidth' in frame) return { width: frame.naturalWidth, height: frame.naturalHeight };
  return { width: frame.width, height: frame.height };
}

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function createContext(size: number): Context2d {
  const canvas =
    typeof OffscreenCanvas === 'undefined'
      ? Object.assign(document.createElement('canvas'), { width: size, height: size })
      : new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d', { willReadFrequently: true }) as Context2d | null;
  if (context === null) throw new Error('This browser cannot draw video frames into a canvas');
  return context;
}

export function createCanvasFrameReader(): FrameReader<BrowserFrame> {
  let context: Context2d | null = null;
  return {
    size: frameSize,
    writeCrop(frame, region: CropRegion, inputSize, out) {
      if (context === null || context.canvas.width !== inputSize) context = createContext(inputSize);
      const { width, height } = frameSize(frame);
      const scale = inputSize / region.size;
      // Only the part of the crop inside the frame is drawn; the rest stays black, as in the reference.
      const left = Math.max(0, region.left);
      const top = Math.max(0, region.top);
      const right = Math.min(width, region.left + region.size);
      const bottom = Math.min(height, region.top + region.size);
      context.fillStyle = '#000';
      context.fillRect(0, 0, inputSize, inputSize);
      if (right > left && bottom > top) {
        context.imageSmoothingEnabled = true;
        context.imageSmoothingQuality = 'high';
        context.drawImage(
          frame,
          left,
          top,
          right - left,
          bottom - top,
          (left - region.left) * scale,
          (top - region.top) * scale,
          (right - left) * scale,
          (bottom - top) * scale,
        );
      }
      const rgba = context.getImageData(0, 0, inputSize, inputSize).data;
      for (let pixel = 0, at = 0; pixel < rgba.length; pixel += 4) {
        out[at++] = rgba[pixel] as number;
        out[at++] = rgba[pixel + 1] as number;
        out[at++] = rgba[pixel + 2] as number;
      }
    },
  };
}
