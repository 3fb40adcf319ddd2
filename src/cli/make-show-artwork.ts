import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Draws the podcast's artwork (src/server/publication/show-artwork.svg) into the 1400×1400 PNG that is
 * committed beside it. Run again only when the drawing changes: the file's hash is its URL.
 */
const folder = path.join(import.meta.dirname, '../server/publication');
const svg = await readFile(path.join(folder, 'show-artwork.svg'));
const png = await sharp(svg, { density: 72 })
  .resize(1400, 1400)
  .png({ compressionLevel: 9, palette: true, colours: 32 })
  .toBuffer();
await writeFile(path.join(folder, 'show-artwork.png'), png);
console.log(`show-artwork.png: ${png.byteLength} bytes`);
