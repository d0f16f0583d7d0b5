/**
 * Loads one of the CommonJS bundles of dist/bundle/ (`bulletin`, `worker`) the way Node loads a
 * CommonJS file, but compiled with V8's code cache (vm.Script cachedData) made by `npm run build`:
 * start-up then skips parsing and compiling most of the ~3 MB of bundled code.
 *
 * The cache is only an optimisation. When it is missing, or V8 rejects it (another Node binary,
 * other V8 flags, a rebuilt bundle), the bundle is compiled from source as usual. With
 * BULLETIN_WRITE_CODE_CACHE=1 (set by scripts/bundle.mjs only) the cache is written when the
 * process exits, holding every function that run compiled.
 *
 * A package installed from the registry has no cache beside its bundle (`npm pack` leaves them out:
 * they belong to one Node binary), and without one every start compiles ~80 ms more. So when
 * there is none for this Node, the cache lives in the user's cache folder instead (`code/`, named
 * for the Node binary and the bundle's size and time): the first run writes it as it exits, the
 * next ones use it; one V8 rejects is written again.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// Node's Module class, as every CommonJS module sees it: its createRequire without loading the
// public node:module (~0.5 ms of a start).
const { createRequire } = module.constructor;

const DIR = path.join(__dirname, '..', 'dist', 'bundle');

/** Where a bundle's code cache lives: beside it, named for the Node binary it was made by. */
function cacheFile(name) {
  return path.join(DIR, `${name}.${process.version}-${process.arch}.v8cache`);
}

/** The user's cache folder, decided as src/cache/folder.ts does (this file runs before any of it). */
function userCacheDir(env = process.env) {
  if (env.BULLETIN_CACHE_DIR) return path.resolve(env.BULLETIN_CACHE_DIR);
  const home = require('node:os').homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'bulletin');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'bulletin');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'bulletin');
}

/** The code cache of a bundle kept in the user's cache folder: for this Node binary and this bundle file. */
function userCacheFile(name, bundle) {
  const st = fs.statSync(bundle);
  return path.join(userCacheDir(), 'code', `${name}.${process.version}-${process.arch}.${st.size}-${Math.trunc(st.mtimeMs)}.v8cache`);
}

/** Writes `script`'s code cache to `file` when the process exits (atomically; never an error). */
function writeAtExit(script, file) {
  process.on('exit', () => {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, file);
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        /* a read-only cache folder: compiled again next time */
      }
    }
  });
}

const readOrNone = (file) => {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
};

/**
 * Runs bundle `name` and returns its exports. `cachePath` overrides the cache file (tests; then the
 * user's cache folder is not used). `status` (if given) is filled with what happened to the cache:
 * `cache` 'used', 'rejected' or 'missing', and `where` 'bundle' or 'user' (the user's cache folder).
 */
function load(name, { cachePath, status = {} } = {}) {
  const filename = path.join(DIR, `${name}.bundle.cjs`);
  // ASCII (scripts/bundle.mjs makes it so): read as latin1, V8 keeps it as a one-byte string.
  const source = fs.readFileSync(filename, 'latin1');
  const beside = cachePath ?? cacheFile(name);
  let cachedData = readOrNone(beside);
  status.where = 'bundle';
  let userFile;
  if (cachedData === undefined && cachePath === undefined && process.env.BULLETIN_WRITE_CODE_CACHE !== '1') {
    try {
      userFile = userCacheFile(name, filename);
      cachedData = readOrNone(userFile);
      status.where = 'user';
    } catch {
      userFile = undefined;
    }
  }
  // import() of the packages left out of the bundle goes through __bulletinImport, defined here:
  // V8 drops a script's dynamic-import callback from functions restored from a code cache.
  const wrapper = `(function (exports, require, module, __filename, __dirname, __bulletinImport) {${source}\n})`;
  const script = new vm.Script(wrapper, {
    filename,
    cachedData,
  });
  status.cache = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  if (process.env.BULLETIN_WRITE_CODE_CACHE === '1') {
    process.on('exit', () => {
      const tmp = `${beside}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, beside);
    });
  } else if (userFile && status.cache !== 'used') writeAtExit(script, userFile);
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(filename), mod, filename, path.dirname(filename), (specifier) => import(specifier));
  return mod.exports;
}

module.exports = { load, cacheFile };
