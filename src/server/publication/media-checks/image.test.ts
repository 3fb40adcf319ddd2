import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImage } from './image.ts';

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a7' } });
const png = async (width: number, height: number) =>
  new Uint8Array(await solid(width, height).png().toBuffer());
const jpeg = async (width: number, height: number) =>
  new Uint8Array(await solid(width, height).jpeg().toBuffer());

describe('checkImage', () => {
  it('keeps square artwork at its size and re-encodes it without metadata', async () => {
    const tagged = new Uint8Array(
      await solid(1400, 1400)
        .png()
        .withMetadata({ exif: { IFD0: { Copyright: 'Someone' } } })
        .toBuffer(),
    );
    const result = await checkImage(tagged, 'artwork');
    expect(result).toMatchObject({ ok: true, file: { contentType: 'image/png', width: 1400, height: 1400 } });
    if (!result.ok) return;
    expect((await sharp(result.file.bytes).metadata()).exif).toBeUndefined();
  });

  it('refuses artwork that is too small, saying what it is and what it measures', async () => {
    expect(await checkImage(await png(800, 800), 'artwork')).toEqual({
      ok: false,
      problem: 'This is a PNG, but artwork must be at least 1400 × 1400 px; this one is 800 × 800.',
    });
  });

  it('refuses artwork that is not square', async () => {
    expect(await checkImage(await jpeg(1600, 1400), 'artwork')).toEqual({
      ok: false,
      problem: 'This is a JPEG, but artwork must be square; this one is 1600 × 1400.',
    });
  });

  it('shrinks a wide cover to 1600 px and never enlarges a small one', async () => {
    const wide = await checkImage(await jpeg(2400, 1200), 'cover');
    expect(wide).toMatchObject({ ok: true, file: { contentType: 'image/jpeg', width: 1600, height: 800 } });
    const small = await checkImage(await jpeg(640, 360), 'poster');
    expect(small).toMatchObject({ ok: true, file: { width: 640, height: 360 } });
  });

  it('applies a phone photo’s EXIF rotation before dropping its metadata', async () => {
    const sideways = new Uint8Array(await solid(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer());
    const result = await checkImage(sideways, 'cover');
    expect(result).toMatchObject({ ok: true, file: { width: 100, height: 200 } });
    if (!result.ok) return;
    expect((await sharp(result.file.bytes).metadata()).orientation).toBeUndefined();
  });

  it('goes by content, not by name: WebP is refused as artwork, text is no image', async () => {
    const webp = new Uint8Array(await solid(1400, 1400).webp().toBuffer());
    expect(await checkImage(webp, 'artwork')).toEqual({
      ok: false,
      problem: 'This is a WebP image, but artwork must be JPEG or PNG.',
    });
    expect((await checkImage(new TextEncoder().encode('WEBVTT\n'), 'cover')).ok).toBe(false);
  });
});
