/**
 * Incremental builds. Beside each PDF, `.bulletin-cache/<name>.pdf.json` records what it was built
 * from: the content hash of every input file (issue, series, fonts, images — whatever the build
 * reported reading), the tool's identity, the build options, and the hash of the PDF itself. An
 * issue is up to date only when all of them still match, so a changed input, a new tool, or a
 * deleted or edited PDF is rebuilt.
 *
 * Hashing 50 MB of fonts for every issue would cost more than building it, so hashes are memoised
 * by (size, mtime, ctime, inode) — the way git's index trusts an unchanged stat — in the user's cache folder
 * (cache/folder.ts: `$BULLETIN_CACHE_DIR`, else `$XDG_CACHE_HOME/bulletin`, ...), shared by
 * every archive, so fonts are hashed once per machine rather than once per folder. The change time
 * (ctime) is what makes this safe: a file edited in place whose size and mtime were put back (touch
 * -d, utimes) has a new ctime, which no user call can set back, so it is hashed again.
 *
 * A stamp that cannot be read, or holds anything but a stamp (`null`, garbage), means "rebuild".
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { userCacheDir } from '../cache/folder.js';
import { LIMITS, openRegular } from '../files/read.js';
import { hashOfFile, writeAtomic, type Written } from './output.js';

export const CACHE_DIR = '.bulletin-cache';

/** What identifies a file's content without reading it (see above). */
interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

interface FileHash extends FileStat {
  sha256: string;
}

const statOf = (st: Stats | FileStat): FileStat => ({ size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
const sameStat = (a: FileStat | undefined, b: FileStat) => !!a && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The sha256 of a regular file's content, read in pieces (bounded memory); null for anything else. */
function hashFile(file: string): { sha256: string; stat: FileStat } | null {
  const opened = openRegular(file, LIMITS.font);
  if ('failure' in opened) return null;
  try {
    return { sha256: hashOfFile(opened.fd).sha256, stat: statOf(opened.stats) };
  } catch {
    return null;
  } finally {
    closeSync(opened.fd);
  }
}

export interface Stamp {
  stamp: 1;
  tool: string;
  input: string;
  options: string;
  inputs: Record<string, string>;
  /** sha256 of the PDF as read back from the disk, and its stat then (an unchanged stat spares re-hashing it). */
  output: string;
  outputStat: FileStat;
  /** The other files of a format that writes several (png pages after the first): sha256 by absolute path. */
  more?: Record<string, string>;
}

/** Whether a parsed stamp file has the shape of a stamp (a stamp holding `null` or garbage is ignored). */
function isStamp(v: unknown): v is Stamp {
  if (!isObject(v) || v.stamp !== 1) return false;
  if (typeof v.tool !== 'string' || typeof v.input !== 'string' || typeof v.options !== 'string' || typeof v.output !== 'string') return false;
  if (!isObject(v.inputs) || !Object.values(v.inputs).every((h) => typeof h === 'string')) return false;
  if (v.more !== undefined && !(isObject(v.more) && Object.values(v.more).every((h) => typeof h === 'string'))) return false;
  const st = v.outputStat;
  return isObject(st) && ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((k) => typeof st[k] === 'number');
}


/** Content hashes of files, memoised on disk by size and mtime. */
export class HashMemo {
  private readonly memo: Record<string, FileHash>;
  private changed = false;

  constructor(private readonly file: string) {
    let memo: unknown = {};
    try {
      memo = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      /* first run, or an unreadable memo: hash again */
    }
    this.memo = isObject(memo) ? (memo as Record<string, FileHash>) : {};
  }

  /** The sha256 of a file's content, or null when it cannot be read. */
  hash(file: string): string | null {
    const abs = path.resolve(file);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return null;
    }
    if (!st.isFile()) return null; // a pipe or a device is never read here; the build reports it
    const known = this.memo[abs];
    if (isObject(known) && typeof known.sha256 === 'string' && sameStat(known, statOf(st))) return known.sha256;
    const hashed = hashFile(abs);
    if (!hashed) return null;
    this.memo[abs] = { ...hashed.stat, sha256: hashed.sha256 };
    this.changed = true;
    return hashed.sha256;
  }

  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeAtomic(this.file, Buffer.from(JSON.stringify(this.memo)), { durable: false });
      this.changed = false;
    } catch {
      /* a read-only folder: hashes are recomputed next time */
    }
  }
}

/** Where the memo of file hashes lives (see above). */
export function hashMemoFile(): string {
  return path.join(userCacheDir(), 'file-hashes.json');
}

export function stampPath(output: string): string {
  return path.join(path.dirname(output), CACHE_DIR, `${path.basename(output)}.json`);
}

/** Keys in UTF-16 code-unit order: the same on every machine, and no ICU collator to make (~5 ms of a build's start). */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Options as a stable string: key order does not matter, plain data only. */
export function optionsKey(options: object): string {
  return JSON.stringify(options, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(byKey)) : v));
}

/** Whether `output` was built by this tool, with these options, from inputs whose content is unchanged. */
export function isUpToDate(input: string, output: string, tool: string, options: string, memo: HashMemo): boolean {
  let stamp: unknown;
  try {
    stamp = JSON.parse(readFileSync(stampPath(output), 'utf8'));
  } catch {
    return false;
  }
  if (!isStamp(stamp) || stamp.tool !== tool || stamp.options !== options || stamp.input !== path.resolve(input)) return false;
  let st;
  try {
    st = statSync(output);
  } catch {
    return false; // deleted
  }
  if (!st.isFile()) return false;
  if (!sameStat(stamp.outputStat, statOf(st)) && hashFile(output)?.sha256 !== stamp.output) return false; // edited
  if (!Object.entries(stamp.more ?? {}).every(([file, h]) => hashFile(file)?.sha256 === h)) return false;
  return Object.entries(stamp.inputs).every(([file, h]) => memo.hash(file) === h);
}

/**
 * Records what `output` was built from. `before` holds hashes taken before the build started: an
 * input edited during the build keeps its old hash here, so the next run sees the change. `written`
 * holds what each write verified on disk (by file name); a file changed since (its stat differs), or
 * not verified, gets no stamp. `more`: the other files of a format that writes several.
 */
export function writeStamp(input: string, output: string, inputs: string[], written: Record<string, Written>, tool: string, options: string, memo: HashMemo, before: Map<string, string | null>, more: string[] = []): void {
  const hashes: Record<string, string> = {};
  for (const file of inputs) {
    const abs = path.resolve(file);
    const h = before.has(abs) ? before.get(abs) : memo.hash(abs);
    if (!h) return; // an input that cannot be read now: no stamp, rebuild next time
    hashes[abs] = h;
  }
  const verified = written[output];
  let st;
  try {
    st = statSync(output);
  } catch {
    return;
  }
  if (!verified) return;
  const outputStat = statOf(verified);
  if (!sameStat(outputStat, statOf(st))) return; // replaced or edited since it was verified: rebuild next time
  const others: Record<string, string> = {};
  for (const file of more) {
    const h = written[file]?.sha256;
    if (!h) return;
    others[path.resolve(file)] = h;
  }
  const stamp: Stamp = { stamp: 1, tool, input: path.resolve(input), options, inputs: hashes, output: verified.sha256, outputStat, ...(more.length ? { more: others } : {}) };
  const file = stampPath(output);
  mkdirSync(path.dirname(file), { recursive: true });
  writeAtomic(file, Buffer.from(`${JSON.stringify(stamp, null, 1)}\n`), { durable: false });
}

/** Removes the stamp of an output that failed to build, so a stale PDF is never called up to date. */
export function clearStamp(output: string): void {
  try {
    rmSync(stampPath(output), { force: true });
  } catch {
    /* no cache folder there (or not a folder): no stamp to clear */
  }
}

/**
 * The tool's identity: its version and a hash of its code (every script under `codeDir`: the
 * bundles, or the compiled files), so a rebuilt tool — even without a version bump — rebuilds
 * every issue.
 */
export function toolIdentity(version: string, codeDir: string, memo: HashMemo): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.([cm]?js|ts)$/u.test(e.name)) files.push(p);
    }
  };
  walk(codeDir);
  files.sort();
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(codeDir, f)}\0${memo.hash(f) ?? ''}\0`);
  return `${version}+${h.digest('hex').slice(0, 16)}`;
}
