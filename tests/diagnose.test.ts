/**
 * build/diagnose.ts: a file system error becomes "cannot write the PDF" only when it is about the
 * output (its folder, its temporary file, its stamps). A file the build read that is missing — a
 * dictionary of a broken installation was once reported as "its folder does not exist" at the PDF —
 * is not an output problem, and stays a bug to report with its own path.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../src/build/diagnose.js';

const errno = (code: string, syscall: string, file?: string, dest?: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${file ?? ''}'`), { code, syscall, ...(file ? { path: file } : {}), ...(dest ? { dest } : {}) });

const output = path.join('/work', 'out', 'issue-14.pdf');

describe('file system errors and the output', () => {
  it('a missing output folder, a full disk, a refused rename: cannot write the PDF, at the PDF', () => {
    for (const e of [
      errno('ENOENT', 'open', path.join('/work', 'out', '.bulletin-1-ab.tmp')),
      errno('ENOSPC', 'write'),
      errno('EACCES', 'rename', path.join('/work', 'out', '.bulletin-1-ab.tmp'), output),
      errno('EACCES', 'open', path.join('/work', 'out', '.bulletin-cache', 'issue-14.pdf.json')),
    ]) {
      const [d] = diagnosticsOf(e, { input: 'issue-14.yaml', output })!;
      expect(d!.file).toBe(output);
      expect(d!.code).toBe('output-unwritable');
    }
  });

  it('a file read elsewhere (the installation\'s dictionary) is not reported as the output', () => {
    const e = errno('ENOENT', 'open', path.join('/usr', 'lib', 'node_modules', 'bulletin', 'dictionary', 'words.txt'));
    expect(diagnosticsOf(e, { input: 'issue-14.yaml', output })).toBeUndefined();
  });
});
