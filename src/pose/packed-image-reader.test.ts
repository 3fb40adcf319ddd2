import { describe, expect, it } from 'vitest';
import { letterboxRegion } from './crop-region.ts';
import { createPackedImageReader, type PackedImage } from './packed-image-reader.ts';

/** A black frame with a white rectangle; `channels` 4 adds an alpha byte the reader must skip. */
function frameWithRectangle(
  width: number,
  height: number,
  rectangle: { left: number; top: number; width: number; height: number },
  channels: 3 | 4 = 3,
): PackedImage {
  const data = new Uint8Array(width * height * channels);
  for (let y = rectangle.top; y < rectangle.top + rectangle.height; y++) {
    for (let x = rectangle.left; x < rectangle.left + rectangle.width; x++) {
      data.fill(255, (y * width + x) * channels, (y * width + x) * channels + 3);
    }
  }
  if (channels === 4) for (let at = 3; at < data.length; at += 4) data[at] = 7;
  return { width, height, data, channels };
}

/** The bounding box of the bright pixels of a size×size RGB input. */
function brightBox(input: Int32Array, size: number) {
  let [left, top, right, bottom] = [size, size, -1, -1];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((input[(y * size + x) * 3] as number) < 128) continue;
      [left, top, right, bottom] = [
        Math.min(left, x),
        Math.min(top, y),
        Math.max(right, x),
        Math.max(bottom, y),
      ];
    }
  }
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

describe('the model input from a packed frame', () => {
  it('letterboxes a portrait frame without stretching it: a square stays square, the sides are black', () => {
    // 90×160 frame, a 40×40 white square at (25, 60); letterboxed to 160, sampled to 80 (scale ½).
    const frame = frameWithRectangle(90, 160, { left: 25, top: 60, width: 40, height: 40 });
    const input = new Int32Array(80 * 80 * 3);
    createPackedImageReader().writeCrop(frame, letterboxRegion(90, 160), 80, input);
    expect(brightBox(input, 80)).toEqual({ left: (35 + 25) / 2, top: 60 / 2, width: 20, height: 20 });
    // The padding left and right of the frame (35 px of 160 each side → 17 columns) is black.
    for (let y = 0; y < 80; y++) expect(input[(y * 80 + 5) * 3]).toBe(0);
  });

  it('copies pixels exactly when the crop is the input size, and skips the alpha byte of RGBA', () => {
    const frame = frameWithRectangle(8, 8, { left: 2, top: 3, width: 3, height: 2 }, 4);
    const input = new Int32Array(4 * 4 * 3);
    createPackedImageReader().writeCrop(frame, { left: 2, top: 2, size: 4 }, 4, input);
    const reds = Array.from({ length: 16 }, (_, pixel) => input[pixel * 3]);
    expect(reds).toEqual([0, 0, 0, 0, 255, 255, 255, 0, 255, 255, 255, 0, 0, 0, 0, 0]);
    expect(input.every((value, at) => at % 3 !== 1 || value === input[at - 1])).toBe(true);
  });

  it('blends neighbouring pixels when zooming in, and reads black beyond the frame', () => {
    const frame = frameWithRectangle(2, 2, { left: 1, top: 0, width: 1, height: 2 });
    const input = new Int32Array(4 * 4 * 3);
    // A 2-pixel square starting one pixel above the frame: the bottom half of the input is the frame.
    createPackedImageReader().writeCrop(frame, { left: 0, top: -1, size: 2 }, 4, input);
    const row = (y: number) => Array.from({ length: 4 }, (_, x) => input[(y * 4 + x) * 3]);
    expect(row(0)).toEqual([0, 0, 0, 0]);
    expect(row(3)).toEqual([0, 64, 191, 191]);
  });
});
