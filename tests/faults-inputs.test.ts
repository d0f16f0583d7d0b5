/**
 * Fault injection, inputs and outputs: outputs aliasing inputs (by name, symlink, hard link) and
 * outputs that are devices or pipes; private FIFOs and device nodes (made with mknod in a temporary
 * folder, never the system's) and /dev/zero symlinks as photos, fonts, series and discovered issues;
 * a sparse 1.5 GB YAML; a PNG bomb and damaged PNG and JPEG files, built with one job and with two;
 * series cycles. Each case asserts the exit status, the message and its position, and that no byte
 * of an earlier output or of an input changed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES, cli, hashTree, isRoot, issueWith, photo, put, scratch, spawnedMemoryCheck } from './faults-helpers.js';
import * as P from './faults-photos.js';
import { ROOT } from './helpers.js';

let work: { dir: string; done: () => void };
beforeAll(() => {
  work = scratch('inputs');
});
afterAll(() => {
  work.done();
});

const folder = (name: string, files: Record<string, string | Uint8Array> = {}) => {
  const dir = path.join(work.dir, name);
  mkdirSync(dir);
  put(dir, { 'bulletin.yaml': SERIES, ...files });
  return dir;
};
const mkfifo = (file: string) => expect(spawnSync('mkfifo', [file]).status).toBe(0);
/** A private character device node (1,5 is what /dev/zero is; 1,3 /dev/null), made only as root. */
const mknod = (file: string, minor: number) => expect(spawnSync('mknod', [file, 'c', '1', String(minor)]).status).toBe(0);
/** Hashes every file of `dir` now; the returned check asserts none changed (new PDFs aside, when asked). */
const unchanged = (dir: string, newPdfs = false) => {
  const skip = (f: string) => f.startsWith('.') || (newPdfs && f.endsWith('.pdf'));
  const before = hashTree(dir, skip);
  return () => expect(hashTree(dir, skip)).toEqual(before);
};
const under300 = (r: { peakMB: number | null }) => {
  expect(r.peakMB).not.toBeNull();
  expect(r.peakMB!).toBeLessThan(300);
};

describe('outputs are never inputs, never devices', () => {
  it('an output that is the issue, its series, its photo or its font through a symlink or a hard link: exit 1, nothing written', async () => {
    const dir = folder('aliasing', { 'issue.yaml': issueWith(photo('p.png'), 'fonts:\n  body: ./body.otf\n'), 'p.png': P.smallPng(), 'shot-1.png': P.smallPng() });
    copyFileSync(path.join(ROOT, 'fonts', 'FandolFang-Regular.otf'), path.join(dir, 'body.otf'));
    symlinkSync('issue.yaml', path.join(dir, 'link.pdf'));
    linkSync(path.join(dir, 'bulletin.yaml'), path.join(dir, 'hard.pdf'));
    symlinkSync('p.png', path.join(dir, 'photo.pdf'));
    symlinkSync(path.join(dir, 'body.otf'), path.join(dir, 'font.pdf'));
    put(dir, { 'png.yaml': issueWith(photo('shot-1.png')) });
    const same = unchanged(dir);
    const cases: [string[], string, string, string][] = [
      [['issue.yaml', '-o', 'link.pdf'], 'link.pdf', 'issue file', 'issue.yaml'],
      [['issue.yaml', '-o', 'hard.pdf'], 'hard.pdf', 'series file', 'bulletin.yaml'],
      [['issue.yaml', '-o', 'photo.pdf'], 'photo.pdf', 'photo', 'p.png'],
      [['issue.yaml', '-o', 'font.pdf'], 'font.pdf', 'font file', 'body.otf'],
      // PNG pages are named base-1.png, base-2.png: one of them would be the issue's own photo.
      [['png.yaml', '--format', 'png', '-o', 'shot'], 'shot-1.png', 'photo', 'shot-1.png'],
    ];
    for (const [args, out, role, input] of cases) {
      const r = await cli(`output = the ${role} (${out})`, ['build', ...args], dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^${out.replace('.', '\\.')}: error: the output would replace the ${role} \\S*${input.replace('.', '\\.')}, which this build reads`, 'mu'));
      under300(r);
      same();
    }
    // -o naming an input outright writes beside it (the format's extension is added), never over it.
    const inputs = unchanged(dir, true);
    for (const out of ['issue.yaml', 'bulletin.yaml', 'p.png', 'body.otf']) {
      await cli(`-o ${out}`, ['build', 'issue.yaml', '-o', out], dir);
      inputs();
    }
  });

  it('-o naming a FIFO or a device node: exit 1, the node left as it was', async (ctx) => {
    const dir = folder('devices', { 'issue.yaml': issueWith() });
    mkfifo(path.join(dir, 'pipe.pdf'));
    const targets: [string, string][] = [['pipe.pdf', 'a pipe (FIFO)']];
    if (isRoot) {
      mknod(path.join(dir, 'null.pdf'), 3);
      targets.push(['null.pdf', 'a device']);
    }
    for (const [out, kind] of targets) {
      const r = await cli(`-o ${kind}`, ['build', 'issue.yaml', '-o', out], dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${out}: error: cannot write the PDF here: this path is ${kind}, not a regular file`);
      expect(statSync(path.join(dir, out)).isFile()).toBe(false);
    }
    if (!isRoot) ctx.skip('device nodes need root: only the FIFO was tried');
  });
});

describe('every read bounded and typed', () => {
  it('a FIFO, a device node or a /dev/zero symlink as a photo, a font or a series file: an error at the YAML that named it, at once', async () => {
    const dir = folder('nodes');
    mkfifo(path.join(dir, 'fifo.png'));
    mkfifo(path.join(dir, 'fifo.otf'));
    mkfifo(path.join(dir, 'fifo-series.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.png'));
    if (isRoot) mknod(path.join(dir, 'node.png'), 5);
    const cases: [string, string, string][] = [
      ['fifo-photo.yaml', issueWith(photo('fifo.png')), '10:20: error: cannot read image "fifo.png": it is not a regular file (a pipe or a device)'],
      ['zero-photo.yaml', issueWith(photo('zero.png')), '10:20: error: cannot read image "zero.png": it is not a regular file (a pipe or a device)'],
      ['fifo-series.yaml.issue.yaml', issueWith('', 'series: fifo-series.yaml\n'), '1:9: error: cannot read series file: it is not a regular file (a pipe or a device)'],
      ['fifo-font.yaml', issueWith('', 'fonts:\n  body: ./fifo.otf\n'), `2:9: error: fonts.body: cannot read font file ${path.join(dir, 'fifo.otf')}: it is not a regular file (a pipe or a device)`],
    ];
    if (isRoot) cases.push(['node-photo.yaml', issueWith(photo('node.png')), '10:20: error: cannot read image "node.png": it is not a regular file (a pipe or a device)']);
    put(dir, Object.fromEntries(cases.map(([name, text]) => [name, text])));
    const same = unchanged(dir);
    for (const command of ['build', 'check']) {
      for (const [name, , expected] of cases) {
        const r = await cli(`${command}: ${name.replace('.yaml', '').replace('.issue', '')}`, [command, name], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`${name}:${expected}`);
        under300(r);
      }
    }
    same();
  });

  it('a FIFO and a device node in a --font-path folder are skipped; the build goes on', async () => {
    const dir = folder('font-path', { 'issue.yaml': issueWith() });
    mkdirSync(path.join(dir, 'fonts'));
    mkfifo(path.join(dir, 'fonts', 'pipe.ttf'));
    symlinkSync('/dev/zero', path.join(dir, 'fonts', 'zero.otf'));
    if (isRoot) mknod(path.join(dir, 'fonts', 'node.ttc'), 5);
    const r = await cli('--font-path with a FIFO and devices', ['build', 'issue.yaml', '--font-path', 'fonts'], dir);
    expect(r.status).toBe(0);
    under300(r);
  });

  it('discovery: a /dev/zero symlink and a sparse 1.5 GB YAML in a folder fail by name, cheaply; the rest builds', async () => {
    const dir = folder('discovery', { 'good.yaml': issueWith() });
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    writeFileSync(path.join(dir, 'huge.yaml'), '');
    truncateSync(path.join(dir, 'huge.yaml'), 1.5 * 1024 ** 3);
    const r = await cli('discovery: /dev/zero and a sparse 1.5 GB YAML', ['build', '.'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 built, 0 up to date, 2 failed');
    expect(r.stderr).toContain('huge.yaml: error: the file is too large (1536.0 MB); the limit is 2.0 MB');
    expect(r.stderr).toContain('zero.yaml: error: cannot read issue file: it is not a regular file (a pipe or a device)');
    under300(r);
  });
});

describe('photos checked before layout; one failing issue never stops the others', () => {
  it.each([['1'], ['2']])('-j %s: a PNG bomb, a lying bomb, bad CRC, corrupt data, truncated and header-only JPEGs each fail at their line; the good issue builds', async (jobs) => {
    const dir = folder(`photos-j${jobs}`, {
      'bomb.png': await P.pngBomb(),
      'lying.png': await P.pngLyingBomb(),
      'crc.png': P.pngBadCrc(),
      'idat.png': P.pngCorruptIdat(),
      'cut.jpg': P.jpegTruncated(),
      'header.jpg': P.jpegHeaderOnly(),
      'good.png': P.smallPng(),
    });
    const expected: Record<string, string> = {
      bomb: 'image "bomb.png" is 12000 × 12000 pixels (144.0 megapixels); the limit is 50 megapixels',
      lying: 'cannot use image "lying.png": the PNG image data is larger than its declared size',
      crc: 'cannot use image "crc.png": the PNG file is damaged (a chunk fails its checksum)',
      idat: 'cannot use image "idat.png": the PNG image data is damaged (it cannot be decompressed)',
      cut: 'cannot use image "cut.jpg": the JPEG file is cut short (it ends before its end marker)',
      header: 'cannot use image "header.jpg": the JPEG file has no image data',
    };
    const names = ['bomb.png', 'lying.png', 'crc.png', 'idat.png', 'cut.jpg', 'header.jpg', 'good.png'];
    put(dir, Object.fromEntries(names.map((n) => [`issue-${n.replace('.', '-')}.yaml`, issueWith(photo(n))])));
    const same = unchanged(dir, true);
    const r = await cli(`-j ${jobs}: six bad photos and a good one`, ['build', '-j', jobs!, '.'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 built, 0 up to date, 6 failed');
    for (const [name, message] of Object.entries(expected)) expect(r.stderr).toContain(`issue-${names.find((n) => n.startsWith(name))!.replace('.', '-')}.yaml:10:20: error: ${message}`);
    expect(r.stderr).not.toContain('internal error');
    under300(r);
    const check = await cli(`check: six bad photos`, ['check', ...names.map((n) => `issue-${n.replace('.', '-')}.yaml`)], dir);
    expect(check.status).toBe(1);
    for (const message of Object.values(expected)) expect(check.stderr).toContain(message);
    under300(check);
    // Only the good issue's PDF appeared; nothing else changed.
    expect(Object.keys(hashTree(dir, (f) => f.startsWith('.'))).filter((f) => f.endsWith('.pdf'))).toEqual(['issue-good-png.pdf']);
    same();
  });

  it('the pixel limit is a setting: photos.maxMegapixels in the series lowers or raises it', async () => {
    const dir = folder('pixel-limit', { 'p.png': P.smallPng(), 'issue.yaml': issueWith(photo('p.png'), 'photos:\n  maxMegapixels: 0.001\n') });
    const r = await cli('maxMegapixels 0.001 and a 1200-pixel photo', ['build', 'issue.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('issue.yaml:12:20: error: image "p.png" is 40 × 30 pixels (0.0 megapixels); the limit is 0.001 megapixels');
    writeFileSync(path.join(dir, 'issue.yaml'), issueWith(photo('p.png'), 'photos:\n  maxMegapixels: 0.002\n'));
    expect((await cli('maxMegapixels 0.002', ['build', 'issue.yaml'], dir)).status).toBe(0);
  });
});

describe('series', () => {
  it('two issues naming each other, an issue naming itself: errors at their series: values; an absolute path works', async () => {
    const dir = folder('series', { 'a.yaml': issueWith('', 'series: b.yaml\n'), 'b.yaml': issueWith('', 'series: a.yaml\n'), 'self.yaml': issueWith('', 'series: self.yaml\n') });
    put(dir, { 'abs.yaml': issueWith('', `series: ${path.join(dir, 'bulletin.yaml')}\n`) });
    const same = unchanged(dir, true);
    const r = await cli('series: a cycle, a self-reference, an absolute path', ['build', '.'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 built, 0 up to date, 3 failed');
    expect(r.stderr).toContain('a.yaml:1:9: error: b.yaml is an issue (it has `columns:`), not a series file');
    expect(r.stderr).toContain('b.yaml:1:9: error: a.yaml is an issue (it has `columns:`), not a series file');
    expect(r.stderr).toContain('self.yaml:1:9: error: an issue cannot be its own series file');
    expect(statSync(path.join(dir, 'abs.pdf')).size).toBeGreaterThan(1000);
    under300(r);
    same();
  });

  it('a 版记 of 60 recipients, taller than a page, is an error at the footer, not lines lost', async () => {
    const recipients = Array.from({ length: 60 }, (_, i) => `    - 某某省某某市科学技术协会第${i + 1}分会办公室`).join('\n');
    const dir = folder('footer', { 'issue.yaml': issueWith() });
    writeFileSync(path.join(dir, 'bulletin.yaml'), `${SERIES.replace(/footer:[\s\S]*$/u, '')}footer:\n  报:\n${recipients}\n`);
    const r = await cli('版记 of 60 recipients', ['build', 'issue.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bulletin\.yaml:5:\d+: error: the distribution footer \(版记\) takes \d+ lines, more than the 22 of a page/u);
  });
});

// Last, so that it runs after every case of the file.
spawnedMemoryCheck('faults-inputs');
