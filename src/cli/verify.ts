/**
 * `bulletin verify file.pdf ...` (also `npm run check:grid -- file.pdf ...`): reads built bulletins
 * back with a PDF reader (src/verify/) and reports their grid conformance. Exit 0 when every file
 * conforms, 1 on any violation or unreadable file, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { checkPdf } from '../verify/check-pdf.js';
import type { FurnitureOptions } from '../verify/furniture.js';
import { formatReport } from '../verify/report.js';
import { message, msg, type Lang, type MessageId, type Params } from '../diagnostics/messages.js';
import { EXIT } from './exit.js';

export async function runVerify(files: string[], print: (s: string) => void = (s) => process.stdout.write(`${s}\n`), options: FurnitureOptions & { lang?: Lang } = {}): Promise<number> {
  const lang = options.lang ?? 'en';
  const say = (id: MessageId, params: Params = {}) => message(msg(id, params), lang);
  if (files.length === 0) {
    print(say('verify-usage'));
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      print(say('verify-unreadable', { file, reason: (e as Error).message }));
      code = EXIT.input;
      continue;
    }
    try {
      const report = await checkPdf(bytes, undefined, options);
      print(formatReport(file, report, lang));
      if (report.violations.length) code = EXIT.input;
    } catch (e) {
      print(say('verify-not-pdf', { file, reason: (e as Error).message }));
      code = EXIT.input;
    }
  }
  return code;
}
