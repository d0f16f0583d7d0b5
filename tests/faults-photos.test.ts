/**
 * The photo check on its own (in-process, no layout): each hostile or damaged file is named by
 * what is wrong with it; whole files pass. The files are made byte by byte in faults-photos.ts
 * from the PNG and JPEG specifications.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPhotoBytes } from '../src/photos/check.js';
import * as P from './faults-photos.js';

const LIMIT = 50e6;

describe('PNG', () => {
  it('a whole PNG passes, of any size down to one pixel', () => {
    expect(checkPhotoBytes(P.smallPng(), 'png', LIMIT)).toBeNull();
    expect(checkPhotoBytes(P.smallPng(1, 1), 'png', LIMIT)).toBeNull();
  });

  it('a bomb is refused by its declared pixel count, before anything is inflated', async () => {
    const bomb = await P.pngBomb();
    const before = process.memoryUsage().rss;
    expect(checkPhotoBytes(bomb, 'png', LIMIT)).toEqual({ pixels: { width: 12000, height: 12000 } });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('image data that inflates past the declared size stops at that size', async () => {
    expect(checkPhotoBytes(await P.pngLyingBomb(), 'png', LIMIT)).toEqual({ damage: 'png-too-much-data' });
  });

  it('damage: a bad CRC, data that is not zlib, a cut file, a missing palette, short data', () => {
    expect(checkPhotoBytes(P.pngBadCrc(), 'png', LIMIT)).toEqual({ damage: 'png-crc', chunk: 'IDAT' });
    expect(checkPhotoBytes(P.pngCorruptIdat(), 'png', LIMIT)).toEqual({ damage: 'png-inflate' });
    const whole = P.smallPng();
    expect(checkPhotoBytes(whole.subarray(0, whole.length - 5), 'png', LIMIT)).toEqual({ damage: 'png-truncated' });
    expect(checkPhotoBytes(whole.subarray(0, 33), 'png', LIMIT)).toEqual({ damage: 'png-truncated' });
    // Half the rows a 40 × 30 RGBA image needs (30 × 161 bytes).
    expect(checkPhotoBytes(P.pngOf(40, 30, deflateSync(Buffer.alloc(15 * 161))), 'png', LIMIT)).toEqual({ damage: 'png-short-data' });
    // A row filter of 9 (only 0–4 exist).
    const rows = Buffer.alloc(30 * 161);
    rows[161] = 9;
    expect(checkPhotoBytes(P.pngOf(40, 30, deflateSync(rows)), 'png', LIMIT)).toEqual({ damage: 'png-filter' });
  });
});

describe('JPEG', () => {
  it('a whole JPEG passes', () => {
    expect(checkPhotoBytes(P.smallJpeg(), 'jpeg', LIMIT)).toBeNull();
  });

  it('damage: cut in its scan data, headers only', () => {
    expect(checkPhotoBytes(P.jpegTruncated(), 'jpeg', LIMIT)).toEqual({ damage: 'jpeg-truncated' });
    expect(checkPhotoBytes(P.jpegHeaderOnly(), 'jpeg', LIMIT)).toEqual({ damage: 'jpeg-no-data' });
    expect(checkPhotoBytes(P.smallJpeg().subarray(0, 30), 'jpeg', LIMIT)).toEqual({ damage: 'jpeg-truncated' });
  });

  it('the declared pixel count is held to the limit', () => {
    expect(checkPhotoBytes(P.smallJpeg(), 'jpeg', 100)).toEqual({ pixels: { width: 16, height: 16 } });
  });
});
