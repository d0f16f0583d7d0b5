/**
 * A tiny RGBA raster for drawing synthetic "photos" (gradients and shapes) and a PNG encoder on
 * node:zlib — enough for the repository's sample photos and for tests' throw-away images.
 */
import { deflateSync } from 'node:zlib';

export type Rgba = [number, number, number, number];

export class Canvas {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 4);
  }

  /** Blends `c` over the pixel (x, y) with coverage `a` (0–1). */
  blend(x: number, y: number, c: Rgba, a = 1): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 4;
    const alpha = (c[3] / 255) * a;
    const d = this.data;
    const under = d[i + 3]! / 255;
    const out = alpha + under * (1 - alpha);
    for (let k = 0; k < 3; k++) {
      d[i + k] = out > 0 ? Math.round((c[k]! * alpha + d[i + k]! * under * (1 - alpha)) / out) : 0;
    }
    d[i + 3] = Math.round(out * 255);
  }

  /** Fills every pixel with f(x, y). */
  paint(f: (x: number, y: number) => Rgba): void {
    for (let y = 0; y < this.height; y++) for (let x = 0; x < this.width; x++) this.blend(x, y, f(x, y));
  }

  rect(x0: number, y0: number, x1: number, y1: number, c: Rgba): void {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, Math.ceil(y1)); y++)
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(this.width, Math.ceil(x1)); x++) this.blend(x, y, c);
  }

  /** An anti-aliased ellipse. */
  ellipse(cx: number, cy: number, rx: number, ry: number, c: Rgba): void {
    for (let y = Math.floor(cy - ry - 1); y <= Math.ceil(cy + ry + 1); y++)
      for (let x = Math.floor(cx - rx - 1); x <= Math.ceil(cx + rx + 1); x++) {
        const d = Math.hypot((x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry);
        const edge = (1 - d) * Math.min(rx, ry);
        if (edge > -0.5) this.blend(x, y, c, Math.min(1, edge + 0.5));
      }
  }

  /** A filled polygon (even-odd), 4× supersampled vertically for soft edges. */
  polygon(points: [number, number][], c: Rgba): void {
    const ys = points.map((p) => p[1]);
    const top = Math.max(0, Math.floor(Math.min(...ys)));
    const bottom = Math.min(this.height - 1, Math.ceil(Math.max(...ys)));
    for (let y = top; y <= bottom; y++) {
      const cover = new Float32Array(this.width);
      for (let s = 0; s < 4; s++) {
        const sy = y + (s + 0.5) / 4;
        const xs: number[] = [];
        points.forEach(([x1, y1], k) => {
          const [x2, y2] = points[(k + 1) % points.length]!;
          if ((y1 <= sy && y2 > sy) || (y2 <= sy && y1 > sy)) xs.push(x1 + ((sy - y1) / (y2 - y1)) * (x2 - x1));
        });
        xs.sort((a, b) => a - b);
        for (let k = 0; k + 1 < xs.length; k += 2)
          for (let x = Math.max(0, Math.round(xs[k]!)); x < Math.min(this.width, Math.round(xs[k + 1]!)); x++) cover[x]! += 0.25;
      }
      cover.forEach((a, x) => a > 0 && this.blend(x, y, c, a));
    }
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** PNG of the canvas: RGBA when any pixel is transparent, else RGB; 8 bits, no interlace. */
export function encodePng(canvas: Canvas): Buffer {
  const { width, height, data } = canvas;
  let alpha = false;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) alpha = true;
  const channels = alpha ? 4 : 3;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < width; x++)
      for (let k = 0; k < channels; k++) raw[row + 1 + x * channels + k] = data[(y * width + x) * 4 + k]!;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
