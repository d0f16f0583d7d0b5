/**
 * `bulletin init`: a new bulletin in an empty or missing folder (series file with every field
 * explained, first issue, photos/, .gitignore, the workflow with --ci); the next issue from the
 * latest by number, never from a sample; drafts that build with warnings, and fail under --strict.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW, seriesFields, seriesTemplate } from '../src/cli/init-templates.js';
import { today } from '../src/series/next-issue.js';
import { runCli } from './cli-helpers.js';
import { ROOT } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-cli-init-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(args, { cwd: tmp });

describe('a new bulletin', () => {
  it('is started in a missing folder: series, first issue, photos, .gitignore, workflow', () => {
    const r = run('init', 'office/bulletin', '--ci');
    expect(r.err).toContain('npm ci'); // no package.json yet: it says how to add bulletin
    expect(r.code).toBe(0);
    const dir = path.join(tmp, 'office', 'bulletin');
    expect(readdirSync(dir).sort()).toEqual(['.github', '.gitignore', 'bulletin.yaml', 'issue-1.yaml', 'photos']);
    expect(readFileSync(path.join(dir, '.github', 'workflows', 'bulletins.yml'), 'utf8')).toBe(WORKFLOW);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^\*\.pdf$/mu);
    const issue = readFileSync(path.join(dir, 'issue-1.yaml'), 'utf8');
    expect(issue).toMatch(/^  number: 1$/mu);
    expect(issue).toContain(`date: ${today()}`);
    // The schema line points at this package's schema, which exists.
    const ref = /\$schema=(\S+)/u.exec(readFileSync(path.join(dir, 'bulletin.yaml'), 'utf8'))![1]!;
    expect(existsSync(path.resolve(dir, ref))).toBe(true);
  });

  it('explains every field of the series format', () => {
    const text = seriesTemplate();
    for (const f of seriesFields()) {
      const key = f.path.split('.').at(-1)!;
      const issueOwn = /^masthead\.(number|date|supplement)$|^fonts\.(?!systemFonts)/u.test(f.path);
      // Written out as a key in its place, or listed by its path among the settings added since.
      if (!issueOwn) expect(text, f.path).toMatch(new RegExp(`^[ \\t]*#?[ \\t]*(${key}|${f.path.replace(/\./gu, '\\.')}):`, 'mu'));
    }
  });

  it('builds as a draft: a warning at each placeholder; --strict fails it', () => {
    const built = run('build', 'office/bulletin');
    expect(built.code).toBe(0);
    expect(built.err).toMatch(/^office\/bulletin\/issue-1\.yaml:\d+:\d+: warning: placeholder left in the issue: 【待填写】标题$/mu);
    expect(built.err).toMatch(/^office\/bulletin\/bulletin\.yaml:\d+:\d+: warning: placeholder left in the issue: 【待填写】简报名称$/mu);
    expect(existsSync(path.join(tmp, 'office', 'bulletin', 'issue-1.pdf'))).toBe(true);
    const strict = run('check', 'office/bulletin', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('error: placeholder left in the issue');
  });

  it('then starts the next issue there, and never overwrites', () => {
    const next = run('init', 'office/bulletin');
    expect(next.code).toBe(0);
    expect(next.out).toContain('issue 2, started from office/bulletin/issue-1.yaml');
    expect(readFileSync(path.join(tmp, 'office', 'bulletin', 'issue-2.yaml'), 'utf8')).toMatch(/^  number: 2$/mu);
    const ci = run('init', 'office/bulletin', '--ci');
    expect(ci.code).toBe(2);
    expect(ci.err).toContain('not overwriting what exists');
    expect(existsSync(path.join(tmp, 'office', 'bulletin', 'issue-3.yaml'))).toBe(false); // nothing written
  });
});

describe('the next issue', () => {
  it('comes from the latest issue by number, never from a sample, and builds', () => {
    cpSync(path.join(ROOT, 'issues'), path.join(tmp, 'issues'), { recursive: true, filter: (f) => !f.endsWith('.pdf') && !f.includes('.bulletin-cache') });
    // The sample is numbered 15: the highest, but not an issue of the series.
    expect(readFileSync(path.join(tmp, 'issues', 'sample-all-kinds.yaml'), 'utf8')).toMatch(/^  number: 15$/mu);
    const r = run('init', 'issues');
    expect(r.code).toBe(0);
    expect(r.out).toContain('issues/issue-15.yaml: issue 15, started from issues/issue-14.yaml');
    const text = readFileSync(path.join(tmp, 'issues', 'issue-15.yaml'), 'utf8');
    expect(text).toContain('第15期');
    expect(text).not.toContain('A sample issue');
    expect(text).not.toContain('省科协召开党史学习教育阶段工作汇报会'); // the columns are emptied
    expect(text).toContain('heading: 要情快报');
    expect(text).toContain('title: 【待填写】标题');
    const built = run('build', 'issues/issue-15.yaml', '-o', 'draft.pdf');
    expect(built.code).toBe(0);
    expect(built.err).toContain('warning: placeholder left in the issue');
  });

  it('is the first one in a folder holding only a series file', () => {
    const dir = mkdtempSync(path.join(tmp, 'series-only-'));
    writeFileSync(path.join(dir, 'shared.yaml'), 'masthead:\n  name: 测试简报\n  office: 测试办公室\n');
    const r = run('init', dir);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'issue-1.yaml'), 'utf8')).toMatch(/^  number: 1$/mu);
  });
});
