/**
 * --ignore-system-fonts and `fonts: { systemFonts: false }`: only named, --font-path and bundled
 * fonts; `bulletin fonts --list`: the Chinese families installed, with their Chinese names and
 * files. The "system" here is a temporary XDG data folder holding stand-ins of the office fonts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseFamilies } from '../src/cli/fonts-list.js';
import { runCli } from './cli-helpers.js';
import { smallIssue } from './archive-fixtures.js';
import { writeStandIns } from './fonts-standins.js';

let tmp: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-cli-fonts-'));
  writeStandIns(path.join(tmp, 'data', 'fonts')); // $XDG_DATA_HOME/fonts: a system font folder
  env = { XDG_DATA_HOME: path.join(tmp, 'data') };
  mkdirSync(path.join(tmp, 'series'));
  writeFileSync(path.join(tmp, 'series', 'bulletin.yaml'), 'masthead:\n  name: 测试简报\n  office: 测试办公室\nfonts:\n  systemFonts: false\n');
  writeFileSync(path.join(tmp, 'series', 'issue-1.yaml'), smallIssue(1));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Report = { searched: string[]; roles: Record<string, { family: string; reason: string; fallbacks: { reason: string }[] }> };
const report = (args: string[]) => {
  const r = runCli(['fonts', '--format', 'json', ...args], { cwd: tmp, env });
  expect(r.err).toBe('');
  return JSON.parse(r.out) as Report;
};
const reasons = (rep: Report) => new Set(Object.values(rep.roles).flatMap((r) => [r.reason, ...r.fallbacks.map((f) => f.reason)]));

describe('system fonts', () => {
  it('are used by default: the installed 仿宋_GB2312 sets the body', () => {
    const rep = report([]);
    expect(rep.roles.body!.family).toBe('FangSong_GB2312');
    expect(rep.roles.body!.reason).toBe('official');
  });

  it('--ignore-system-fonts: only bundled fonts, no system folder searched', () => {
    const rep = report(['--ignore-system-fonts']);
    expect(rep.searched.some((d) => d.startsWith(path.join(tmp, 'data')) || d.startsWith('/usr'))).toBe(false);
    expect(rep.roles.body!.family).toMatch(/^Fandol/u);
    expect([...reasons(rep)]).toEqual(['bundled']);
  });

  it('a series file saying `systemFonts: false` does the same for its issues', () => {
    const rep = report(['series/issue-1.yaml']);
    expect(rep.roles.body!.family).toMatch(/^Fandol/u);
    expect([...reasons(rep)]).toEqual(['bundled']);
  });
});

describe('fonts --list', () => {
  it('lists the installed Chinese families with their Chinese names and files', () => {
    const r = runCli(['fonts', '--list'], { cwd: tmp, env });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^FangSong_GB2312 \(仿宋_GB2312[,)]/mu);
    expect(r.out).toContain(path.join(tmp, 'data', 'fonts', 'FANGSONG_GB2312.TTF'));
    expect(r.out).toMatch(/#SimSun\b|SimSun/u); // a collection face is named
  });

  it('keeps a face whose names are Chinese or whose OS/2 table declares Chinese, and no other', () => {
    const face = (families: string[], file: string) => ({ file, index: 0, postscriptName: families[0]!, families, fullNames: [], styles: ['Regular'], collection: false, outlines: 'cff' as const });
    const listed = chineseFamilies([face(['DejaVu Sans'], 'a.ttf'), face(['SimHei', '黑体'], 'b.ttf'), face(['Droid Sans Fallback'], 'c.ttf')], (f) => f.file === 'c.ttf');
    expect(listed.map((f) => [f.family, f.chinese])).toEqual([['Droid Sans Fallback', []], ['SimHei', ['黑体']]]);
  });
});
