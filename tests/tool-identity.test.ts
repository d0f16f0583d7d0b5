/**
 * The tool identity in every stamp: the version and a hash of the running code. From the bundle,
 * that is the bundle's few scripts (dist/bundle/), so a start does not walk the compiled tree; any
 * script changed, added or removed there gives another identity, and other files (code caches)
 * do not count.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HashMemo, toolIdentity } from '../src/build/stamp.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tool-identity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the tool identity', () => {
  it('changes with any script of the code folder, and with the version, not with other files', () => {
    const dir = path.join(tmp, 'bundle');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'bulletin.bundle.cjs'), 'module.exports = 1;');
    writeFileSync(path.join(dir, 'worker.cjs'), 'module.exports = 2;');
    writeFileSync(path.join(dir, 'bulletin.v20.20.2-x64.v8cache'), 'cache');
    const id = () => toolIdentity('0.1.0', dir, new HashMemo(path.join(tmp, 'memo.json')));
    const first = id();
    expect(first).toMatch(/^0\.1\.0\+[0-9a-f]{16}$/u);
    expect(id()).toBe(first);
    expect(toolIdentity('0.1.1', dir, new HashMemo(path.join(tmp, 'memo.json')))).not.toBe(first);

    writeFileSync(path.join(dir, 'bulletin.v20.20.2-x64.v8cache'), 'another cache');
    expect(id()).toBe(first);

    writeFileSync(path.join(dir, 'bulletin.bundle.cjs'), 'module.exports = 3;');
    const changed = id();
    expect(changed).not.toBe(first);
    writeFileSync(path.join(dir, 'extra.js'), '');
    expect(id()).not.toBe(changed);
  });
});
