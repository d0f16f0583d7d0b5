/**
 * Bundles the CLI and the build worker with esbuild into one CommonJS file each
 * (dist/bundle/bulletin.bundle.cjs, worker.bundle.cjs), dependencies included, and makes V8 code
 * caches for them: bin/bulletin loads the bundle through bin/load-bundle.cjs with the cache, so a
 * start compiles almost nothing and resolves no module tree. What the bundle leaves out:
 *
 *  - packages that start workers or load native code from their own files, and optional ones
 *    (piscina, pdfjs-dist, sharp, @napi-rs/canvas, docx, cli-progress, and mammoth, which only
 *    `bulletin import` loads): loaded from node_modules when used;
 *  - work done at load time that a build never needs: tries of Unicode data (fontkit's shapers,
 *    unicode-properties, linebreak) are inflated on first lookup (scripts/bundle/lazy-trie.cjs);
 *    fontkit (~4 ms of tables defined at load; a build from the metrics caches may not parse a font),
 *    pdfkit's line breaker (its data decoded at load; pdfkit breaks no line of ours), pdfkit's
 *    ciphers and hashes (encryption), fontkit's brotli (WOFF2), and Node's worker_threads
 *    and v8 (an archive's pool, memory figures) and module (createRequire: jieba, pdfkit's standard
 *    fonts) load on first use; commander's child_process too,
 *    and fdir's optional picomatch is the bundled one, not a second copy read from node_modules.
 *
 * Then the bundled fonts' metrics-cache entries (dist/face-cache/), and the code caches, made by
 * running a build of the seed issue (with a rare name in it) with BULLETIN_WRITE_CODE_CACHE=1.
 * bin/bulletin falls back to dist/cli/main.js (tsc's output) when there is no bundle.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSeed, withName, yamlText } from './bench/issues.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

/** Modules whose exports are loaded on first use (their load-time work is not needed by a build). */
const BROTLI = 'brotli/decompress.js';
const LAZY = ['@noble/ciphers/aes', '@noble/hashes/utils', 'brotli/decompress.js', 'node:worker_threads', 'node:v8', 'node:module', 'module', 'fontkit', 'linebreak'];

const deferred = {
  name: 'deferred',
  setup(b) {
    b.onResolve({ filter: /^unicode-trie$/ }, (args) =>
      args.importer.endsWith('lazy-trie.cjs') ? undefined : { path: path.join(root, 'scripts', 'bundle', 'lazy-trie.cjs') },
    );
    const lazyFilter = new RegExp(`^(${LAZY.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter: lazyFilter }, (args) => (args.namespace === 'deferred' ? undefined : { path: args.path, namespace: 'deferred', pluginData: { resolveDir: args.resolveDir } }));
    b.onLoad({ filter: /.*/, namespace: 'deferred' }, async (args) => {
      const real = await b.resolve(args.path, { resolveDir: args.pluginData.resolveDir, kind: 'import-statement', namespace: 'deferred' });
      // A built-in module (external to the bundle) by its name, a package's by its file.
      const keys = Object.keys(await import(real.external ? args.path : pathToFileURL(real.path).href));
      // brotli (WOFF2 fonts only) is mostly a 460 KB dictionary: a file of its own beside the bundle.
      const from = args.path === BROTLI ? 'require("node:path").join(__dirname, "brotli.cjs")' : JSON.stringify(args.path);
      return {
        resolveDir: args.pluginData.resolveDir,
        loader: 'js',
        contents: `let real; const load = () => (real ??= require(${from}));
Object.defineProperty(exports, '__esModule', { value: true });
for (const k of ${JSON.stringify(keys)}) Object.defineProperty(exports, k, { enumerable: true, get: () => { const r = load(); return k === 'default' && !(r && r.__esModule) ? r : r[k]; } });`,
      };
    });
    // zod's translations of its own messages (~45 languages, 400 KB of the bundle, each module set up
    // at load): bulletin words every message itself (src/diagnostics/), and zod keeps its English
    // default (imported on its own), so `z.locales` / `core.locales` are empty here.
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/u.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ loader: 'js', contents: 'export {};' }));
    // pdfkit finds its standard fonts through its own package.json ("#standard-fonts/…" imports),
    // and its sRGB profile (PDF/A) beside its file: both found when first used, not at every start
    // (require.resolve of pdfkit costs ~2 ms, and a build that embeds no standard font never needs it).
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const eager = [
        ["const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href;", "const ICC_PROFILE_PATH = () => new URL('./data/sRGB_IEC61966_2_1.icc', __pdfkitUrl()).href;"],
        ['fs.readFileSync(ICC_PROFILE_PATH)', 'fs.readFileSync(ICC_PROFILE_PATH())'],
        ['const require$1 = createRequire(import.meta.url);', 'let pdfkitRequire; const require$1 = (id) => (pdfkitRequire ??= createRequire(__pdfkitUrl()))(id);'],
      ];
      for (const [from, to] of eager) {
        if (!text.includes(from)) throw new Error(`${args.path}: pdfkit no longer has ${from}; see scripts/bundle.mjs`);
        text = text.replace(from, to);
      }
      if (text.includes('import.meta.url')) throw new Error(`${args.path}: pdfkit uses import.meta.url where scripts/bundle.mjs does not expect it`);
      return { loader: 'js', contents: `${text}\nvar pdfkitUrl; function __pdfkitUrl() { return (pdfkitUrl ??= require("node:url").pathToFileURL(require.resolve("pdfkit")).href); }` };
    });
    // fdir looks for an optional picomatch in node_modules when it loads (for its own .glob(), which
    // tinyglobby never calls): ~4.5 ms of every start reading and compiling five files. It gets the
    // bundled picomatch instead, the one tinyglobby uses.
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/u;
      if (!optional.test(text)) throw new Error(`${args.path}: fdir no longer loads picomatch as expected; see scripts/bundle.mjs`);
      return { loader: 'js', contents: text.replace(optional, 'pm = require("picomatch");') };
    });
    // commander loads child_process (and with it net, dgram, tty…) only to run external subcommands,
    // which bulletin has none of: loaded on first use.
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) throw new Error(`${args.path}: commander no longer loads child_process as expected; see scripts/bundle.mjs`);
      return { loader: 'js', contents: text.replace(eager, "const childProcess = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });") };
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['piscina', 'cli-progress', 'pdfjs-dist', '@napi-rs/canvas', 'docx', 'mammoth', 'sharp'],
  // Our modules find fonts/ and package.json two folders up from their own file.
  define: { 'import.meta.url': '__bulletinModuleUrl' },
  banner: { js: 'var __bulletinModuleUrl = require("node:url").pathToFileURL(__filename).href; var __bulletinImport; if (!__bulletinImport) __bulletinImport = (s) => import(s);' },
  plugins: [deferred],
  minifyWhitespace: true, // less source to read and hash at every start; names are kept
  minifySyntax: true,
  logOverride: { 'require-resolve-not-external': 'silent' }, // pdfkit's, resolved at run time on purpose
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: path.join(outdir, 'bulletin.bundle.cjs') });
await build({ ...common, entryPoints: ['src/build/worker.ts'], outfile: path.join(outdir, 'worker.bundle.cjs') });
/**
 * The bundle in ASCII: esbuild escapes strings but leaves the Chinese of regular expressions as it
 * is, and one such character makes V8 hold the whole 3 MB source as a two-byte string (6 MB) decoded
 * from UTF-8. In ASCII, bin/load-bundle.cjs reads it as latin1: ~5 ms and ~6 MB less at every start.
 * `\uXXXX` means the same code unit in a string, a template, a regular expression (with or without
 * the u flag, where a surrogate pair of escapes is one code point) and an identifier; only a
 * character escaped with a backslash of its own would change meaning, and there is none (checked).
 */
function asciiOnly(source, file) {
  if (/\\[^\x00-\x7f]/u.test(source)) throw new Error(`${file}: a non-ASCII character escaped by a backslash; cannot make the bundle ASCII`);
  return source.replace(/[^\x00-\x7f]/gu, (c) => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

// import() of a package left out goes through __bulletinImport (see bin/load-bundle.cjs).
/**
 * esbuild's __toESM, which turns a CommonJS module into what an ES import sees, copies every
 * property of the module into a new object (a getter each) at every importing module: node:path
 * 34 times, yaml's exports 12 times, ~1.5 ms and their garbage at every start. Memoised per module
 * object here, each is copied once; importers only read these objects (ES imports cannot assign).
 */
const TO_ESM = 'var __toESM=(mod,isNodeMode,target)=>(';
const TO_ESM_ONCE =
  'var __toESMs=[new WeakMap,new WeakMap],__toESM=(mod,isNodeMode)=>{if(mod==null||typeof mod!="object"&&typeof mod!="function")return __toESM1(mod,isNodeMode);' +
  'let seen=__toESMs[isNodeMode?1:0],t=seen.get(mod);return t||seen.set(mod,t=__toESM1(mod,isNodeMode)),t},__toESM1=(mod,isNodeMode,target)=>(';
function toEsmOnce(source, file) {
  if (source.split(TO_ESM).length !== 2) throw new Error(`${file}: esbuild's __toESM is no longer \`${TO_ESM}…\`; see scripts/bundle.mjs`);
  return source.replace(TO_ESM, TO_ESM_ONCE);
}

for (const name of ['bulletin', 'worker']) {
  const file = path.join(outdir, `${name}.bundle.cjs`);
  writeFileSync(file, asciiOnly(toEsmOnce(readFileSync(file, 'utf8').replace(/(?<![\w$.])import\((?=")/gu, '__bulletinImport('), file), file));
}
// fontkit's brotli, loaded on first use from beside the bundles (see `deferred`), found as fontkit finds it.
await build({
  ...common,
  plugins: [],
  banner: {},
  stdin: { contents: `module.exports = require(${JSON.stringify(BROTLI)});`, resolveDir: path.dirname(fileURLToPath(import.meta.resolve('fontkit'))), loader: 'js' },
  outfile: path.join(outdir, 'brotli.cjs'),
});
// piscina's entry for a worker: the worker bundle's task function, loaded with its code cache.
await build({
  stdin: { contents: "module.exports = require('../../bin/load-bundle.cjs').load('worker').default;", resolveDir: outdir, loader: 'js' },
  outfile: path.join(outdir, 'worker.cjs'),
  bundle: false,
  logLevel: 'warning',
});

// The bundled fonts' metrics-cache entries (dist/face-cache/): no build parses a bundled font.
const { makeBundledFaceCaches } = await import('../dist/fonts/bundled-cache.js');
makeBundledFaceCaches();

// Code caches: the bundles run a build of the seed issue (the CLI, then the worker's task in a
// main thread) and write what V8 compiled. A failure here only means a slower start.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-code-cache-'));
try {
  const env = { ...process.env, BULLETIN_WRITE_CODE_CACHE: '1', BULLETIN_CACHE_DIR: path.join(tmp, 'cache') };
  // The seed with a rare name (王堃: 堃 from the Noto fallback), so the cache also holds what such a
  // build compiles — the fallback face opened, the coverage warning located, worded and printed —
  // which a build of the plain seed never runs, and every build with a rare character compiled again.
  let seed = path.join(tmp, 'issue-14.yaml');
  try {
    writeFileSync(seed, yamlText(withName(readSeed(root).issue, '王堃')));
    copyFileSync(path.join(root, 'issues', 'bulletin.yaml'), path.join(tmp, 'bulletin.yaml'));
    cpSync(path.join(root, 'issues', 'photos'), path.join(tmp, 'photos'), { recursive: true });
  } catch (e) {
    process.stderr.write(`bundle: code cache made from the plain seed (${e.message})\n`);
    seed = path.join(root, 'issues', 'issue-14.yaml');
  }
  const loader = path.join(root, 'bin', 'load-bundle.cjs');
  const runs = [
    [path.join(root, 'bin', 'bulletin'), 'build', seed, '-o', path.join(tmp, 'a.pdf'), '--force', '-q'],
    ['-e', `require(${JSON.stringify(loader)}).load('worker').default({ input: ${JSON.stringify(seed)}, output: ${JSON.stringify(path.join(tmp, 'b.pdf'))}, options: {} })`],
  ];
  for (const args of runs) {
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (r.status !== 0) process.stderr.write(`bundle: no code cache (${args[0]}): ${r.stderr}\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
