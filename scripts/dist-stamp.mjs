/**
 * The build's stamp: whether dist/ is what `npm run build` makes from the files now in the
 * repository, so that the test run (tests/setup/build-dist.ts) builds only when it is not — after
 * `npm install` (which builds) `npm test` does not compile everything a second time.
 *
 * The stamp (dist/.build-stamp.json) holds a SHA-256 of the build's inputs (src/, scripts/, bin/,
 * fonts/, dictionary/, issues/ — the code caches are made by building the seed —, the package and
 * lock files, the installed tree's lock, tsconfig, and the Node binary: the V8 code caches are made
 * for it) and one of every file the build left in dist/. dist/ is fresh when both still match: a
 * changed source, a dependency installed, another Node, or a file of dist/ changed or removed since,
 * all mean "build again".
 *
 *   node scripts/dist-stamp.mjs begin   first step of `npm run build`: removes the stamp, notes the inputs
 *   node scripts/dist-stamp.mjs end     last step: writes the stamp, unless an input changed meanwhile
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp.json');
const PENDING = path.join(DIST, '.build-pending');

const INPUT_DIRS = ['src', 'scripts', 'bin', 'fonts', 'dictionary', 'issues'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

/** Every file under `dir`, relative to ROOT, sorted; a missing folder is no files. */
function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/** SHA-256 over the names and contents of `files` (relative to ROOT) and `extra`; a missing file counts as missing. */
function hashOf(files, extra = '') {
  const h = createHash('sha256').update(extra);
  for (const f of files) {
    h.update(`\0${f}\0`);
    try {
      h.update(readFileSync(path.join(ROOT, f)));
    } catch {
      h.update('\0missing');
    }
  }
  return h.digest('hex');
}

export function inputsHash() {
  const files = [...INPUT_DIRS.flatMap(filesUnder), ...INPUT_FILES];
  return hashOf(files, `${process.version} ${process.arch} ${process.execPath}`);
}

export function outputsHash() {
  const own = new Set([STAMP, PENDING].map((f) => path.relative(ROOT, f)));
  return hashOf(filesUnder('dist').filter((f) => !own.has(f)));
}

/** Whether dist/ was built by `npm run build` from the inputs as they are now, and is unchanged since. */
export function distIsFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  return stamp.inputs === inputsHash() && stamp.outputs === outputsHash();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const step = process.argv[2];
  if (step === 'begin') {
    rmSync(STAMP, { force: true });
    mkdirSync(DIST, { recursive: true });
    writeFileSync(PENDING, inputsHash());
  } else if (step === 'end') {
    let pending = '';
    try {
      pending = readFileSync(PENDING, 'utf8');
    } catch {}
    rmSync(PENDING, { force: true });
    const inputs = inputsHash();
    // An input edited while the build ran: dist/ may hold the old one, so no stamp (the next test run builds).
    if (pending === inputs) writeFileSync(STAMP, JSON.stringify({ inputs, outputs: outputsHash() }) + '\n');
  } else {
    process.stderr.write('usage: node scripts/dist-stamp.mjs begin|end\n');
    process.exit(2);
  }
}
