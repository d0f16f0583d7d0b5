/**
 * A JPEG file checked through to its end marker (EOI) before layout: the segments before the image
 * data each inside the file, a frame header (SOF) before the first scan, and every scan's
 * entropy-coded data followed by a marker — so a truncated or header-only file is refused here
 * rather than embedded as it is (JPEG data goes into the PDF unchanged, where readers fail on it).
 */
import type { PhotoProblem } from './problems.js';

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function checkJpeg(b: Buffer, maxPixels: number): PhotoProblem | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return { damage: 'jpeg-signature' };
  let pos = 2;
  let frame = false;
  let scans = 0;
  for (;;) {
    // Fill bytes (0xFF) may precede a marker.
    while (pos < b.length && b[pos] === 0xff && b[pos + 1] === 0xff) pos++;
    if (pos + 2 > b.length) return { damage: 'jpeg-truncated' };
    if (b[pos] !== 0xff) return { damage: 'jpeg-marker' };
    const marker = b[pos + 1]!;
    if (marker === 0xd9) break; // EOI
    if (marker === 0xd8 || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    if (pos + 4 > b.length) return { damage: 'jpeg-truncated' };
    const length = b.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > b.length) return { damage: 'jpeg-truncated' };
    if (SOF.has(marker)) {
      if (length < 8) return { damage: 'jpeg-marker' };
      const height = b.readUInt16BE(pos + 5);
      const width = b.readUInt16BE(pos + 7);
      if (width * height > maxPixels) return { pixels: { width, height } };
      frame = true;
    }
    pos += 2 + length;
    if (marker !== 0xda) continue;
    // A scan: its entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
    if (!frame) return { damage: 'jpeg-no-frame' };
    scans++;
    for (;;) {
      const ff = b.indexOf(0xff, pos);
      if (ff === -1 || ff + 1 >= b.length) return { damage: 'jpeg-truncated' };
      const next = b[ff + 1]!;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
        pos = ff + (next === 0xff ? 1 : 2);
        continue;
      }
      pos = ff;
      break;
    }
  }
  if (!frame || scans === 0) return { damage: 'jpeg-no-data' };
  return null;
}
