/**
 * Image uploads, told apart by their content (sharp reads the real format, never the name). What the
 * image is for decides the rules: covers and posters are resized for the page (never enlarged);
 * artwork is what podcast directories demand (square, 1400–3000 px, JPEG or PNG, RGB). Every image is
 * re-encoded, which drops its metadata (EXIF, GPS) after applying its EXIF rotation.
 */
import sharp, { type Metadata } from 'sharp';
import type { ImagePurpose } from '../../../contract/media.ts';
import { type CheckResult, refuse } from './check-result.ts';
import { MEDIA_MAX_BYTES } from './limits.ts';

export const COVER_MAX_WIDTH = 1600;
export const ARTWORK_MIN_SIDE = 1400;
export const ARTWORK_MAX_SIDE = 3000;

const FORMAT_NAMES: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };
const ALLOWED: Record<ImagePurpose, readonly string[]> = {
  cover: ['jpeg', 'png', 'webp'],
  poster: ['jpeg', 'png', 'webp'],
  artwork: ['jpeg', 'png'],
};
const CONTENT_TYPES: Record<string, { contentType: string; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
};

export async function checkImage(bytes: Uint8Array, purpose: ImagePurpose): Promise<CheckResult> {
  if (bytes.byteLength > MEDIA_MAX_BYTES.image) return refuse('An image may be at most 15 MB.');
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    return refuse('This is not an image that can be read (JPEG, PNG or WebP).');
  }
  const format = metadata.format ?? 'unknown';
  const name = FORMAT_NAMES[format] ?? format.toUpperCase();
  const allowed = ALLOWED[purpose];
  if (!allowed.includes(format)) {
    const wanted = allowed.map((each) => FORMAT_NAMES[each]).join(' or ');
    return refuse(
      `This is a ${name} image, but ${purpose === 'artwork' ? 'artwork' : `a ${purpose}`} must be ${wanted}.`,
    );
  }
  // Width and height as seen, after the EXIF rotation a phone photo carries.
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
  const encoding = CONTENT_TYPES[format] ?? { contentType: 'image/jpeg', extension: 'jpg' };
  if (purpose === 'artwork') {
    const size = `${width} × ${height}`;
    if (width !== height)
      return refuse(`This is a ${name}, but artwork must be square; this one is ${size}.`);
    if (width < ARTWORK_MIN_SIDE) {
      return refuse(`This is a ${name}, but artwork must be at least 1400 × 1400 px; this one is ${size}.`);
    }
    if (width > ARTWORK_MAX_SIDE) {
      return refuse(`This is a ${name}, but artwork must be at most 3000 × 3000 px; this one is ${size}.`);
    }
  }
  const pipeline = sharp(bytes).rotate();
  if (purpose === 'artwork') pipeline.toColourspace('srgb').removeAlpha();
  else pipeline.resize({ width: COVER_MAX_WIDTH, withoutEnlargement: true });
  const encoded =
    format === 'png'
      ? pipeline.png()
      : format === 'webp'
        ? pipeline.webp({ quality: 85 })
        : pipeline.jpeg({ quality: 85 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return {
    ok: true,
    file: {
      bytes: new Uint8Array(data),
      contentType: encoding.contentType,
      extension: encoding.extension,
      width: info.width,
      height: info.height,
      durationSeconds: null,
      text: null,
    },
  };
}
