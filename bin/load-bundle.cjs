/**
 * Loads one of the CommonJS bundles of dist/bundle/ (`bulletin`, `worker`) the way Node loads a
 * CommonJS file, but compiled with V8's code cache (vm.Script cachedData) made by `npm run build`:
 * start-up then skips parsing and compiling most of the ~3 MB of bundled code.
 *
 * The cache is only an optimisation. When it is missing, or V8 rejects it (another Node binary,
 * other V8 flags, a rebuilt bundle), the bundle is compiled from source as usual. With
 * BULLETIN_WRITE_CODE_CACHE=1 (set by scripts/bundle.mjs only) the cache is written when the
 * process exits, holding every function that run compiled.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const DIR = path.join(__dirname, '..', 'dist', 'bundle');

/** Where a bundle's code cache lives: beside it, named for the Node binary it was made by. */
function cacheFile(name) {
  return path.join(DIR, `${name}.${process.version}-${process.arch}.v8cache`);
}

/**
 * Runs bundle `name` and returns its exports. `cachePath` overrides the cache file (tests).
 * `status` (if given) is filled with what happened to the cache: 'used', 'rejected' or 'missing'.
 */
function load(name, { cachePath = cacheFile(name), status = {} } = {}) {
  const filename = path.join(DIR, `${name}.bundle.cjs`);
  // ASCII (scripts/bundle.mjs makes it so): read as latin1, V8 keeps it as a one-byte string.
  const source = fs.readFileSync(filename, 'latin1');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cachePath);
  } catch {
    cachedData = undefined;
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
      const tmp = `${cachePath}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cachePath);
    });
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(filename), mod, filename, path.dirname(filename), (specifier) => import(specifier));
  return mod.exports;
}

module.exports = { load, cacheFile };
