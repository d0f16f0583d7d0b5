/**
 * `npm run check:grid -- file.pdf ...`: reads built bulletins back with a PDF reader and reports
 * their grid conformance. Exit 0 when every file conforms, 1 on any violation or unreadable file,
 * 2 on bad usage.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { EXIT } from '../cli/exit.js';
import { checkPdf } from './check-pdf.js';
import { formatReport } from './report.js';

const USAGE = 'usage: check:grid <file.pdf> [more.pdf ...]  (npm run check:grid -- file.pdf)';

export async function runGridCheck(files: string[], print: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
    print(USAGE);
    return files.length === 0 ? EXIT.usage : EXIT.ok;
  }
  let code: number = EXIT.ok;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      print(`${file}: cannot read: ${(e as Error).message}`);
      code = EXIT.input;
      continue;
    }
    try {
      const report = await checkPdf(bytes);
      print(formatReport(file, report));
      if (report.violations.length) code = EXIT.input;
    } catch (e) {
      print(`${file}: not a readable PDF: ${(e as Error).message}`);
      code = EXIT.input;
    }
  }
  return code;
}

/** Run as a program (not imported): argv[1] is this file, perhaps through a symbolic link. */
function isMain(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  runGridCheck(process.argv.slice(2)).then((code) => process.exit(code));
}
