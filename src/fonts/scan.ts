/**
 * Font discovery: the folders searched (--font-path, $BULLETIN_FONT_PATH, the system's font folders)
 * and the names of the faces found in them. Only name tables are read (see sfnt.ts), and what was
 * read is cached on disk, keyed by each folder's modification time and each file's size and time,
 * so a warm scan costs a few stat calls.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { userCacheDir } from '../cache/folder.js';
import { readFaceNames, type FaceNames } from './sfnt.js';

export const FONT_PATH_ENV = 'BULLETIN_FONT_PATH';
/** Overrides where the scan cache is kept (a file path). */
export const FONT_CACHE_ENV = 'BULLETIN_FONT_CACHE';
const FONT_FILE = /\.(otf|ttf|ttc|otc)$/iu;
const MAX_DEPTH = 8;
const CACHE_VERSION = 1;

/** A face found on disk. */
export interface FoundFace extends FaceNames {
  file: string;
}

/** The system's font folders on this platform (existing or not). */
export function systemFontDirs(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const home = os.homedir();
  if (platform === 'win32') {
    const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    const local = env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
    return [path.join(windir, 'Fonts'), path.join(local, 'Microsoft', 'Windows', 'Fonts')];
  }
  if (platform === 'darwin') {
    return [path.join(home, 'Library', 'Fonts'), '/Library/Fonts', '/System/Library/Fonts', '/Network/Library/Fonts'];
  }
  const dataHome = env.XDG_DATA_HOME || path.join(home, '.local', 'share');
  return [path.join(dataHome, 'fonts'), path.join(home, '.fonts'), '/usr/local/share/fonts', '/usr/share/fonts'];
}

/** Folders from --font-path (in order), then $BULLETIN_FONT_PATH (path-delimited). */
export function userFontDirs(fontPath: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = (env[FONT_PATH_ENV] ?? '').split(path.delimiter).filter((d) => d.trim() !== '');
  return [...fontPath, ...fromEnv].map((d) => path.resolve(d));
}

/** Where the scan cache lives: $BULLETIN_FONT_CACHE (a file), else fonts.json in the user's cache folder (cache/folder.ts). */
export function defaultCacheFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env[FONT_CACHE_ENV]) return path.resolve(env[FONT_CACHE_ENV]);
  return path.join(userCacheDir(env, platform), 'fonts.json');
}

interface CachedDir {
  mtimeMs: number;
  subdirs: string[];
  files: string[];
}
interface CachedFile {
  size: number;
  mtimeMs: number;
  /** Faces, or null: not a font (remembered so it is not read again). */
  faces: FaceNames[] | null;
}
interface CacheData {
  version: number;
  dirs: Record<string, CachedDir>;
  files: Record<string, CachedFile>;
}

export interface ScanStats {
  dirs: number;
  files: number;
  /** Files whose name tables were read (not found in the cache). */
  read: number;
}

/**
 * The cache as last read or written by this process, with the file's size and time then: a build
 * scans the installed folders and the bundled one, an archive's stamps and its builds ask again,
 * and the file is parsed once for all of them while it stays unchanged on disk.
 */
let held: { file: string; size: number; mtimeMs: number; data: CacheData } | undefined;

function hold(file: string, data: CacheData): void {
  try {
    const st = statSync(file);
    held = { file, size: st.size, mtimeMs: st.mtimeMs, data };
  } catch {
    held = undefined;
  }
}

function loadCache(file: string | null): CacheData {
  const empty: CacheData = { version: CACHE_VERSION, dirs: {}, files: {} };
  if (!file) return empty;
  try {
    const st = statSync(file);
    if (held && held.file === file && held.size === st.size && held.mtimeMs === st.mtimeMs) return held.data;
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
    if (!(data.version === CACHE_VERSION && data.dirs && data.files)) return empty;
    held = { file, size: st.size, mtimeMs: st.mtimeMs, data };
    return data;
  } catch {
    return empty;
  }
}

function saveCache(file: string, data: CacheData): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
    hold(file, data);
  } catch {
    /* a cache that cannot be written only costs time */
  }
}

/**
 * `name` in folder `dir`, for a folder already normalised (path.resolve, or built here) and a name
 * read from it: what path.join gives, without its normalising pass over the whole path — ~2 ms of
 * every start for the ~100 folders and files of a warm scan (CPU profile).
 */
const inDir = (dir: string, name: string): string => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

function listDir(dir: string, cache: CacheData, fresh: CacheData, mtimeMs: number): CachedDir {
  const hit = cache.dirs[dir];
  if (hit && hit.mtimeMs === mtimeMs) return (fresh.dirs[dir] = hit);
  const listing: CachedDir = { mtimeMs, subdirs: [], files: [] };
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return listing;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isDirectory()) listing.subdirs.push(e.name);
    else if (FONT_FILE.test(e.name)) listing.files.push(e.name);
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(inDir(dir, e.name)).isDirectory()) listing.subdirs.push(e.name);
      } catch {
        /* dangling link */
      }
    }
  }
  return (fresh.dirs[dir] = listing);
}

/**
 * Every face in the folders (recursively), in folder order then file name order. `cacheFile` null
 * turns the cache off.
 */
export function scanFontDirs(dirs: readonly string[], cacheFile: string | null = defaultCacheFile(), stats: ScanStats = { dirs: 0, files: 0, read: 0 }): FoundFace[] {
  const cache = loadCache(cacheFile);
  const fresh: CacheData = { version: CACHE_VERSION, dirs: {}, files: {} };
  const found: FoundFace[] = [];
  let changed = false;
  const seen = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (depth > MAX_DEPTH || seen.has(dir)) return;
    seen.add(dir);
    let st;
    try {
      st = statSync(dir);
    } catch {
      return;
    }
    if (!st.isDirectory()) return;
    stats.dirs++;
    const listing = listDir(dir, cache, fresh, st.mtimeMs);
    if (listing !== cache.dirs[dir]) changed = true;
    for (const name of listing.files) {
      const file = inDir(dir, name);
      let fst;
      try {
        fst = statSync(file);
      } catch {
        continue;
      }
      if (!fst.isFile()) continue; // a pipe or a device named like a font: never opened
      stats.files++;
      let entry = cache.files[file];
      if (!entry || entry.size !== fst.size || entry.mtimeMs !== fst.mtimeMs) {
        stats.read++;
        changed = true;
        let faces: FaceNames[] | null;
        try {
          faces = readFaceNames(file);
        } catch {
          faces = null;
        }
        entry = { size: fst.size, mtimeMs: fst.mtimeMs, faces };
      }
      fresh.files[file] = entry;
      for (const f of entry.faces ?? []) found.push({ ...f, file });
    }
    for (const sub of listing.subdirs) walk(inDir(dir, sub), depth + 1);
  };
  for (const d of dirs) walk(path.resolve(d), 0);
  if (cacheFile) {
    // Keep what other folder lists cached; replace what this scan saw, forgetting removed files.
    const kept = Object.entries(cache.files).filter(([file]) => !(path.dirname(file) in fresh.dirs));
    const merged: CacheData = { version: CACHE_VERSION, dirs: { ...cache.dirs, ...fresh.dirs }, files: { ...Object.fromEntries(kept), ...fresh.files } };
    if (changed || Object.keys(cache.files).length === 0) saveCache(cacheFile, merged);
  }
  return found;
}
