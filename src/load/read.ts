/**
 * Reading a YAML file as text, defensively: a missing file, a folder, a huge file, a binary file or
 * one in another encoding (GBK is common on office PCs) each becomes one clear diagnostic.
 */
import { isUtf8 } from 'node:buffer';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { LIMITS, readRegular, shownSize as size } from '../files/read.js';

/** Larger files are refused before they are read or parsed: an issue is a few tens of KB. */
export const MAX_FILE_BYTES = LIMITS.yaml;

export type ReadResult = { text: string; errors: [] } | { text?: undefined; errors: Diagnostic[] };


/**
 * Byte offset of the first byte that is not part of valid UTF-8, or -1. Node's native check answers
 * for a valid file (every build reads its issue twice: discovery and load); the byte walk, ~2 ms of
 * a cold start on issue 14, only runs to find where a bad file goes wrong.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n === -1) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (n >= 2) {
      const cp = n === 2 ? ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) : ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12);
      if ((n === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff))) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** 1-based line and column (in UTF-16 units of the decodable text before it) of byte `at`. */
function placeOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - nl };
}

/** UTF-32 by its byte order mark, or without one by its shape: ASCII followed by three NUL bytes (or after, big-endian). */
function isUtf32(b: Uint8Array): boolean {
  if (b.length < 4) return false;
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) return true;
  return b.length % 4 === 0 && ((b[0] !== 0 && b[1] === 0 && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] !== 0));
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /\p{Script=Han}/u.test(text);
  } catch {
    return false;
  }
}

/**
 * The text of `file`. `role` names it in messages ("issue", "series"); `from`, when given, is
 * where the file was named (a `series:` value), where problems finding it are reported. `given`:
 * the file's bytes when they came another way than the disk (standard input, the library's text).
 */
export function readText(file: string, role: string, from?: Place, given?: Uint8Array): ReadResult {
  const whole: Place = from ?? { file, line: 0, column: 0 };
  const fail = (...d: Diagnostic[]): ReadResult => ({ errors: d });
  let bytes: Buffer;
  if (given) bytes = Buffer.from(given.buffer, given.byteOffset, given.byteLength);
  else {
    // Only regular files are read (a FIFO or a device would block or never end), never past the limit.
    const read = readRegular(file, MAX_FILE_BYTES);
    if ('failure' in read) {
      const why = read.failure;
      if (why.reason === 'missing') return fail(diagnostic(whole, 'file-missing', { role }));
      if (why.reason === 'folder') return fail(diagnostic(whole, 'file-is-folder', { role }, { hint: { id: 'hint-folder', params: {} } }));
      if (why.reason === 'not-regular') return fail(diagnostic(whole, 'file-not-regular', { role }));
      if (why.reason === 'permission') return fail(diagnostic(whole, 'file-permission', { role }));
      if (why.reason === 'too-large') return fail(diagnostic({ file, line: 0, column: 0 }, 'file-too-large', { size: size(why.size), limit: size(MAX_FILE_BYTES) }, { hint: { id: 'hint-split-file', params: {} } }));
      return fail(diagnostic(whole, 'file-unreadable', { role, reason: 'code' in why ? why.code : why.reason }));
    }
    bytes = read.bytes;
  }
  // UTF-32 first: its little-endian byte order mark starts like UTF-16's (FF FE), then 00 00.
  if (isUtf32(bytes)) return fail(diagnostic({ file, line: 1, column: 1 }, 'file-utf32', {}, { hint: { id: 'hint-save-utf8', params: {} } }));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(diagnostic({ file, line: 1, column: 1 }, 'file-utf16', {}, { hint: { id: 'hint-save-utf8', params: {} } }));
  }
  const nul = bytes.indexOf(0);
  const bad = invalidUtf8At(bytes);
  if (bad !== -1 && (nul === -1 || bad < nul)) {
    const hint = looksLikeGbk(bytes) ? 'hint-gbk' : 'hint-save-utf8';
    return fail(diagnostic({ file, ...placeOfByte(bytes, bad), length: 1 }, 'file-not-utf8', { byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, '0') }, { hint: { id: hint, params: {} } }));
  }
  if (nul !== -1) return fail(diagnostic({ file, ...placeOfByte(bytes, nul), length: 1 }, 'file-binary'));
  return { text: bytes.toString('utf8').replace(/^\uFEFF/u, ''), errors: [] };
}
