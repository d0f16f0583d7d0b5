/**
 * Draws the repository's sample photos — synthetic scenes of a meeting, a choir on stage, a group
 * outdoors, and a badge with a transparent background — and writes them to issues/photos/.
 * PNGs are encoded here (photo-canvas.ts); JPEGs are converted from them by ImageMagick's `convert`.
 *
 *   npx tsx scripts/make-photos.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Canvas, encodePng, type Rgba } from './photo-canvas.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'issues', 'photos');

/** A seeded generator, so the scenes are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const mix = (a: Rgba, b: Rgba, t: number): Rgba => [0, 1, 2, 3].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * t)) as Rgba;

/** Darkens the corners a little, as a lens does. */
function vignette(c: Canvas, strength = 0.35): void {
  c.paint((x, y) => {
    const d = Math.hypot(x / c.width - 0.5, y / c.height - 0.5) / 0.707;
    return [0, 0, 0, Math.round(255 * strength * d ** 2.2)];
  });
}

/** The corners of a five-pointed star, point up. */
function star(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 ? inner : outer;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

/** A seated or standing figure: shoulders and a head. */
function person(c: Canvas, x: number, y: number, scale: number, shirt: Rgba, rnd: () => number): void {
  const skin: Rgba = mix([236, 196, 164, 255], [196, 150, 118, 255], rnd());
  const hair: Rgba = mix([20, 20, 24, 255], [70, 60, 55, 255], rnd());
  c.ellipse(x, y + 62 * scale, 34 * scale, 40 * scale, shirt);
  c.rect(x - 34 * scale, y + 62 * scale, x + 34 * scale, y + 120 * scale, shirt);
  c.ellipse(x, y + 18 * scale, 18 * scale, 22 * scale, skin);
  c.ellipse(x, y + 6 * scale, 19 * scale, 13 * scale, hair);
}

function meeting(): Canvas {
  const c = new Canvas(1200, 750);
  const rnd = random(14);
  c.paint((_, y) => mix([236, 226, 206, 255], [204, 188, 160, 255], y / c.height));
  // A red banner across the wall and the window light at the right.
  c.rect(150, 60, 1050, 150, [178, 24, 30, 255]);
  c.rect(190, 92, 1010, 118, [230, 200, 120, 255]);
  c.paint((x) => [255, 255, 240, Math.max(0, Math.round(90 * (x / c.width - 0.7) * 3))]);
  // People behind a long table.
  for (let k = 0; k < 7; k++) person(c, 170 + k * 145, 300 + rnd() * 12, 1.1, mix([30, 34, 48, 255], [60, 64, 80, 255], rnd()), rnd);
  c.polygon([[40, 470], [1160, 470], [1200, 750], [0, 750]], [120, 72, 40, 255]);
  c.rect(40, 462, 1160, 478, [150, 96, 58, 255]);
  for (let k = 0; k < 7; k++) {
    c.rect(130 + k * 145, 430, 210 + k * 145, 466, [250, 250, 246, 255]);
    c.rect(145 + k * 145, 442, 195 + k * 145, 452, [180, 30, 30, 255]);
  }
  vignette(c);
  return c;
}

function choirOnStage(): Canvas {
  const c = new Canvas(1000, 700);
  const rnd = random(71);
  c.paint((x, y) => mix([200, 20, 28, 255], [110, 6, 12, 255], Math.hypot(x / c.width - 0.5, y / c.height - 0.3)));
  c.polygon(star(500, 150, 90, 36), [250, 204, 60, 255]); // a golden star on the backdrop
  // Three rows of singers in white shirts and dark jackets.
  for (let row = 0; row < 3; row++) {
    const n = 8 - row;
    for (let k = 0; k < n; k++) {
      const x = 500 + (k - (n - 1) / 2) * 112 + row * 4;
      person(c, x, 260 + row * 110, 1.05 + row * 0.12, row % 2 ? [245, 245, 240, 255] : [40, 40, 52, 255], rnd);
    }
  }
  c.rect(0, 640, 1000, 700, [70, 40, 30, 255]);
  vignette(c, 0.45);
  return c;
}

function groupOutdoors(): Canvas {
  const c = new Canvas(1000, 700);
  const rnd = random(7);
  c.paint((_, y) => (y < 380 ? mix([120, 170, 230, 255], [206, 226, 244, 255], y / 380) : mix([96, 150, 70, 255], [64, 110, 48, 255], (y - 380) / 320)));
  for (let k = 0; k < 9; k++) c.ellipse(60 + k * 115, 360 - rnd() * 30, 70, 90 + rnd() * 30, mix([40, 100, 50, 255], [70, 130, 60, 255], rnd()));
  // A red flag on a pole.
  c.rect(846, 120, 852, 520, [90, 90, 90, 255]);
  c.polygon([[852, 124], [972, 140], [960, 196], [852, 190]], [214, 20, 24, 255]);
  for (let k = 0; k < 9; k++) person(c, 90 + k * 95, 400 + (k % 2) * 26, 1.2, mix([230, 40, 40, 255], [250, 250, 250, 255], k % 3 === 0 ? 1 : rnd() * 0.3), rnd);
  vignette(c, 0.3);
  return c;
}

function badge(): Canvas {
  const c = new Canvas(600, 600);
  c.ellipse(300, 300, 280, 280, [200, 16, 24, 255]);
  c.ellipse(300, 300, 236, 236, [255, 255, 255, 255]);
  c.ellipse(300, 300, 220, 220, [214, 28, 32, 235]);
  c.polygon(star(300, 310, 170, 66), [255, 214, 70, 255]);
  return c; // outside the circle stays transparent
}

function writeJpeg(name: string, canvas: Canvas, quality: number): void {
  const tmp = path.join(OUT, `.${name}.png`);
  writeFileSync(tmp, encodePng(canvas));
  execFileSync('convert', [tmp, '-strip', '-sampling-factor', '4:2:0', '-quality', String(quality), path.join(OUT, name)]);
  rmSync(tmp);
}

mkdirSync(OUT, { recursive: true });
writeJpeg('meeting.jpg', meeting(), 80);
writeJpeg('choir.jpg', choirOnStage(), 80);
writeJpeg('outdoors.jpg', groupOutdoors(), 80);
writeFileSync(path.join(OUT, 'badge.png'), encodePng(badge()));
console.log(`photos written to ${OUT}`);
