/**
 * The smaller faults of issue 12, in-process: control characters refused where they are, `.nan` and
 * `.inf` named as what they are, UTF-32 told from UTF-16, a 246-character file name built (its
 * temporary name is short), and -j capped at the cores.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cappedJobs, defaultJobs } from '../src/build/archive.js';
import { ISSUE, checkYaml, run, where } from './diagnostics-helpers.js';
import { SERIES, put, scratch } from './faults-helpers.js';

describe('text and encodings', () => {
  it('control characters (U+0007, U+001B, U+007F, U+0085) are errors at their text, with their code', async () => {
    const issue = ISSUE.replace('阶段工作汇报会。', '阶段\u0007工作\u001b汇报\u007f会\u0085。');
    const { code, diags } = await checkYaml(issue);
    expect(code).toBe(1);
    expect(diags.filter((d) => d.code === 'control-char').map((d) => [d.line, d.message])).toEqual(
      ['U+0007', 'U+001B', 'U+007F', 'U+0085'].map((c) => [9, `an invisible control character (${c}) is in this text: it cannot be printed`]),
    );
  });

  it('.nan and .inf are named as such, not as "a number"', async () => {
    for (const [value, found] of [['.nan', '.nan (not a number)'], ['.inf', 'an infinite number (.inf)'], ['-.inf', 'an infinite number (.inf)']]) {
      const { diags } = await checkYaml(`typography:\n  hanLatinSpace: ${value}\n${ISSUE}`);
      expect(diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([`2:18 \`hanLatinSpace\` must be a number, found ${found}`]);
    }
  });

  it('UTF-32, with or without a byte order mark, in either byte order, is named UTF-32', async () => {
    const utf32 = (text: string, le: boolean, bom: boolean) => {
      const cps = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0)!);
      const b = Buffer.alloc(cps.length * 4);
      cps.forEach((cp, i) => (le ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
      return b;
    };
    for (const [le, bom] of [[true, true], [false, true], [true, false], [false, false]]) {
      const { diags } = await checkYaml(utf32(ISSUE, le!, bom!));
      expect(where(diags)).toEqual(['1:1 file-utf32']);
    }
    // UTF-16 is still UTF-16.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ISSUE, 'utf16le')]);
    expect(where((await checkYaml(utf16)).diags)).toEqual(['1:1 file-utf16']);
  });
});

describe('names and jobs', () => {
  it('a 246-character file name builds: the temporary name stays short', async () => {
    const { dir, done } = scratch('long-name');
    try {
      const name = `${'简'.repeat(80)}${'x'.repeat(6)}`; // 80 × 3 + 6 = 246 bytes
      expect(Buffer.byteLength(`${name}.yaml`)).toBe(251);
      put(dir, { 'bulletin.yaml': SERIES, [`${name}.yaml`]: ISSUE });
      mkdirSync(path.join(dir, 'out'));
      const r = await run('build', path.join(dir, `${name}.yaml`), '-o', path.join(dir, 'out', `${name}.pdf`));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(path.join(dir, 'out', `${name}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
      expect(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      done();
    }
  });

  it('-j is capped at the cores: -j 100000 starts no more threads than there are', () => {
    expect(cappedJobs(100_000)).toBe(defaultJobs());
    expect(cappedJobs(1)).toBe(1);
    expect(cappedJobs(0)).toBe(1);
  });
});
