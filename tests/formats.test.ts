/**
 * The output seam: --format parsing, names derived from the input, and incremental stamps that know
 * every format (each format is rebuilt only when its own files or settings are stale).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveBuilder } from '../src/build/archive.js';
import { baseOf, parseFormats, primaryFile, unavailable } from '../src/render/formats.js';
import { runCli } from './cli-helpers.js';
import { smallIssue } from './archive-fixtures.js';

describe('--format', () => {
  it('takes a comma-separated or repeated list, pdf when none, each once', () => {
    expect(parseFormats(undefined)).toEqual({ formats: ['pdf'] });
    expect(parseFormats(['pdf,docx', 'PNG', 'pdf'])).toEqual({ formats: ['pdf', 'docx', 'png'] });
    expect(parseFormats('long-png')).toEqual({ formats: ['long-png'] });
    expect(parseFormats(['pdf,doc'])).toEqual({ unknown: 'doc' });
  });

  it('derives every file from one base', () => {
    expect(baseOf('out/issue-3.pdf')).toBe('out/issue-3');
    expect(baseOf('out/issue-3.docx')).toBe('out/issue-3');
    expect(['pdf', 'docx', 'png', 'long-png'].map((f) => primaryFile(f as never, 'a/b'))).toEqual(['a/b.pdf', 'a/b.docx', 'a/b-1.png', 'a/b-long.png']);
  });
});

describe('check --to', () => {
  it('finds every renderer available here (the optional packages are installed for the tests)', async () => {
    expect(await unavailable(['pdf', 'docx', 'png', 'long-png'])).toEqual([]);
  });

  it('checks an issue for the formats a build would write; an unknown format is a usage error', () => {
    const ok = runCli(['check', 'issues/issue-14.yaml', '--to', 'docx,png', '--format', 'json']);
    expect(ok.code, ok.err).toBe(0);
    expect((JSON.parse(ok.out) as { errors: number }).errors).toBe(0);
    const bad = runCli(['check', 'issues/issue-14.yaml', '--to', 'pdf,doc']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown output format `doc`');
  });
});

describe('stamps per format', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-formats-'));
    writeFileSync(path.join(dir, 'bulletin.yaml'), 'masthead:\n  name: 测试简报\n  office: 测试办公室\n');
    writeFileSync(path.join(dir, 'issue-1.yaml'), smallIssue(1));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (formats: ('pdf' | 'png' | 'long-png')[], dpi = 40) => {
    const builder = new ArchiveBuilder({ jobs: 1, build: { formats, render: { dpi, longWidth: 360 } } });
    const target = { input: path.join(dir, 'issue-1.yaml'), output: path.join(dir, 'issue-1.pdf') };
    const summary = await builder.run([target]);
    await builder.close();
    expect(summary.failed).toEqual([]);
    return summary.built.flatMap((o) => o.result.outputs.map((x) => x.format));
  };

  it('removes page pictures an earlier, longer build left after the last page', async () => {
    for (const n of [2, 3]) writeFileSync(path.join(dir, `issue-1-${n}.png`), 'an old page');
    writeFileSync(path.join(dir, 'issue-1-5.png'), 'not in the run of pages: kept');
    expect(await run(['png'])).toEqual(['png']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).sort()).toEqual(['issue-1-1.png', 'issue-1-5.png']);
  });

  it('builds only the formats whose own stamp is stale', async () => {
    expect(await run(['pdf'])).toEqual(['pdf']);
    expect(await run(['pdf', 'png', 'long-png'])).toEqual(['png', 'long-png']);
    expect(await run(['pdf', 'png', 'long-png'])).toEqual([]);
    expect(await run(['pdf', 'png', 'long-png'], 50)).toEqual(['png']); // dpi counts for png alone
    rmSync(path.join(dir, 'issue-1-long.png'));
    expect(await run(['pdf', 'png', 'long-png'], 50)).toEqual(['long-png']);
    expect(readdirSync(dir).filter((f) => f.startsWith('issue-1')).sort()).toEqual(['issue-1-1.png', 'issue-1-long.png', 'issue-1.pdf', 'issue-1.yaml']);
    expect(readdirSync(path.join(dir, '.bulletin-cache')).sort()).toEqual(['issue-1-1.png.json', 'issue-1-long.png.json', 'issue-1.pdf.json']);
  });
});
