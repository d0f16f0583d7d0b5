/**
 * Incremental builds. Beside each PDF, `.bulletin-cache/<name>.pdf.json` records what it was built
 * from: the content hash of every input file (issue, series, fonts, images — whatever the build
 * reported reading), the tool's identity, the build options, and the hash of the PDF itself. An
 * issue is up to date only when all of them still match, so a changed input, a new tool, or a
 * deleted or edited PDF is rebuilt.
 *
 * Hashing 50 MB of fonts for every issue would cost more than building it, so hashes are memoised
 * by (size, mtime) — the way git's index trusts an unchanged stat — in the user's cache folder
 * (cache/folder.ts: `$BULLETIN_CACHE_DIR`, else `$XDG_CACHE_HOME/bulletin`, ...), shared by
 * every archive, so fonts are hashed once per machine rather than once per folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { userCacheDir } from '../cache/folder.js';
import { writeAtomic } from './output.js';

export const CACHE_DIR = '.bulletin-cache';

interface FileHash {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface Stamp {
  stamp: 1;
  tool: string;
  input: string;
  options: string;
  inputs: Record<string, string>;
  /** sha256 of the PDF, and its size and mtime then (an unchanged stat spares re-hashing it). */
  output: string;
  outputStat?: { size: number; mtimeMs: number };
  /** The other files of a format that writes several (png pages after the first): sha256 by absolute path. */
  more?: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Content hashes of files, memoised on disk by size and mtime. */
export class HashMemo {
  private readonly memo: Record<string, FileHash>;
  private changed = false;

  constructor(private readonly file: string) {
    let memo: Record<string, FileHash> = {};
    try {
      memo = JSON.parse(readFileSync(file, 'utf8')) as Record<string, FileHash>;
    } catch {
      /* first run, or an unreadable memo: hash again */
    }
    this.memo = memo;
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
    const known = this.memo[abs];
    if (known && known.size === st.size && known.mtimeMs === st.mtimeMs) return known.sha256;
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      return null;
    }
    const h = sha256(bytes);
    this.memo[abs] = { size: st.size, mtimeMs: st.mtimeMs, sha256: h };
    this.changed = true;
    return h;
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

/** Options as a stable string: key order does not matter, plain data only. */
export function optionsKey(options: object): string {
  return JSON.stringify(options, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Whether `output` was built by this tool, with these options, from inputs whose content is unchanged. */
export function isUpToDate(input: string, output: string, tool: string, options: string, memo: HashMemo): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(output), 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (stamp.stamp !== 1 || stamp.tool !== tool || stamp.options !== options || stamp.input !== path.resolve(input)) return false;
  let st;
  try {
    st = statSync(output);
  } catch {
    return false; // deleted
  }
  const same = stamp.outputStat && stamp.outputStat.size === st.size && stamp.outputStat.mtimeMs === st.mtimeMs;
  if (!same) {
    try {
      if (sha256(readFileSync(output)) !== stamp.output) return false; // edited
    } catch {
      return false;
    }
  }
  const fileHash = (file: string) => {
    try {
      return sha256(readFileSync(file));
    } catch {
      return null;
    }
  };
  if (!Object.entries(stamp.more ?? {}).every(([file, h]) => fileHash(file) === h)) return false;
  return Object.entries(stamp.inputs).every(([file, h]) => memo.hash(file) === h);
}

/**
 * Records what `output` was built from. `before` holds hashes taken before the build started: an
 * input edited during the build keeps its old hash here, so the next run sees the change.
 */
export function writeStamp(input: string, output: string, inputs: string[], pdf: Uint8Array | null, tool: string, options: string, memo: HashMemo, before: Map<string, string | null>, more: string[] = []): void {
  const hashes: Record<string, string> = {};
  for (const file of inputs) {
    const abs = path.resolve(file);
    const h = before.has(abs) ? before.get(abs) : memo.hash(abs);
    if (!h) return; // an input that cannot be read now: no stamp, rebuild next time
    hashes[abs] = h;
  }
  let out: Uint8Array;
  let st;
  try {
    st = statSync(output);
    out = pdf ?? readFileSync(output);
  } catch {
    return;
  }
  const outputStat = { size: st.size, mtimeMs: st.mtimeMs };
  const others: Record<string, string> = {};
  try {
    for (const file of more) others[path.resolve(file)] = sha256(readFileSync(file));
  } catch {
    return;
  }
  const stamp: Stamp = { stamp: 1, tool, input: path.resolve(input), options, inputs: hashes, output: sha256(out), outputStat, ...(more.length ? { more: others } : {}) };
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
 * The tool's identity: its version and a hash of its code (the bundle or compiled files beside
 * this module), so a rebuilt tool — even without a version bump — rebuilds every issue.
 */
export function toolIdentity(version: string, codeDir: string, memo: HashMemo): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(m?js|ts)$/u.test(e.name)) files.push(p);
    }
  };
  walk(codeDir);
  files.sort();
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(codeDir, f)}\0${memo.hash(f) ?? ''}\0`);
  return `${version}+${h.digest('hex').slice(0, 16)}`;
}
