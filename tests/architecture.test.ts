/**
 * Dependencies point down the pipeline. Every import in src/ — static, type-only, re-export or
 * dynamic, read with TypeScript's own scanner (comments and strings are not imports) — goes from a
 * folder to a folder of a LOWER layer below, never sideways or up. The order is written here, not
 * derived from the code: a new folder fails until it is placed, an upward import fails with its
 * file:line. The README's folder table must list exactly what each folder imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * Bottom first. A folder may import from folders of the layers before its own, never from its own
 * layer's other folders or from a later layer. `(root)` is src/*.ts (the library API).
 */
const LAYERS: readonly (readonly string[])[] = [
  // Foundations: the message catalogue, bounded reads, the cache folder, character classes.
  ['diagnostics', 'files', 'cache', 'kinsoku'],
  // The GB/T 9704 page: geometry, units, font roles and the display list.
  ['page'],
  // The issue format (zod).
  ['model'],
  // YAML in, with source positions; photo files checked whole.
  ['load', 'photos'],
  // Checks on the loaded text and across a series.
  ['proofread', 'series'],
  // Issue → blocks; and, beside it (neither imports the other), the issue's font faces (advances,
  // ink, which characters they have) behind an API of our own.
  ['compose', 'fonts'],
  // Blocks → frames of grid rows.
  ['typeset'],
  // Frames → pages.
  ['paginate'],
  // Pages → PDF (and DOCX, PNG); the PDF read back and verified.
  ['render', 'verify'],
  // The pipeline end to end, output, archives.
  ['build'],
  // Commands' engines built on the pipeline.
  ['import', 'index'],
  // The command line.
  ['cli'],
  ['(root)'],
];

/** Packages only some folders may import: pdfkit is the renderer's; fontkit hides behind src/fonts (the renderer embeds with it). */
const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  pdfkit: ['render'],
  fontkit: ['fonts', 'render'],
};

const SRC = path.join(ROOT, 'src');

interface Import {
  file: string; // relative to src/
  line: number;
  spec: string;
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts)$/u.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function importsOf(file: string, text: string): Import[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((f) => ({ file, line: text.slice(0, f.pos).split('\n').length, spec: f.fileName }));
}

const folderOf = (rel: string) => (rel.includes('/') ? rel.split('/')[0]! : '(root)');

/** The folder a relative import lands in, or the package a bare one names. */
function target(imp: Import): { folder: string } | { pkg: string } {
  if (!imp.spec.startsWith('.')) {
    const parts = imp.spec.split('/');
    return { pkg: imp.spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
  }
  const abs = path.resolve(SRC, path.dirname(imp.file), imp.spec);
  return { folder: folderOf(path.relative(SRC, abs).split(path.sep).join('/')) };
}

/** Every broken rule, as "file:line message". */
function violations(imports: Import[], layers = LAYERS, owners = PACKAGE_OWNERS): string[] {
  const layerOf = new Map(layers.flatMap((names, i) => names.map((n) => [n, i] as const)));
  const out: string[] = [];
  for (const imp of imports) {
    const from = folderOf(imp.file);
    const to = target(imp);
    const at = `src/${imp.file}:${imp.line}`;
    if ('pkg' in to) {
      const allowed = owners[to.pkg];
      if (allowed && !allowed.includes(from)) out.push(`${at} imports ${to.pkg}, which only ${allowed.join(', ')} may import`);
      continue;
    }
    if (to.folder === from) continue;
    const a = layerOf.get(from);
    const b = layerOf.get(to.folder);
    if (a === undefined) out.push(`${at}: folder ${from} is in no layer of tests/architecture.test.ts`);
    else if (b === undefined) out.push(`${at} imports ${imp.spec}, outside src/ or in a folder in no layer`);
    else if (b >= a) out.push(`${at} imports ${imp.spec}: ${from} → ${to.folder} points ${b === a ? 'sideways (same layer)' : 'up the pipeline'}`);
  }
  return out;
}

const relative = (f: string) => path.relative(SRC, f).split(path.sep).join('/');
const files = sourceFiles();
const imports = files.flatMap((f) => importsOf(relative(f), readFileSync(f, 'utf8')));

/** Folder → the other folders of src/ it imports (every folder, importing none too). */
function folderImports(list: Import[]): Map<string, Set<string>> {
  const out = new Map(files.map((f) => [folderOf(relative(f)), new Set<string>()]));
  for (const imp of list) {
    const to = target(imp);
    if ('folder' in to && to.folder !== folderOf(imp.file)) out.get(folderOf(imp.file))!.add(to.folder);
  }
  return out;
}

describe('import direction', () => {
  it('reads the imports of every file in src/ (the scanner sees type-only, re-export and dynamic imports, not comments)', () => {
    expect(files.length).toBeGreaterThan(100);
    const sample = importsOf('x/y.ts', "import type { A } from '../a/b.js';\n// import '../c/d.js'\nexport * from './e.js';\nconst m = await import('../f/g.js');\n");
    expect(sample.map((i) => [i.spec, i.line])).toEqual([['../a/b.js', 1], ['./e.js', 3], ['../f/g.js', 4]]);
  });

  it('places every folder of src/ in exactly one layer', () => {
    const folders = [...new Set(files.map((f) => folderOf(relative(f))))].sort();
    const placed = LAYERS.flat();
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual(folders);
  });

  it('has every import in src/ pointing to a lower layer, and pdfkit/fontkit only where they belong', () => {
    expect(violations(imports)).toEqual([]);
  });

  it('catches an upward import, a sideways one, an unplaced folder and a stray pdfkit (the check can fail)', () => {
    const made: Import[] = [
      { file: 'load/locate.ts', line: 6, spec: '../compose/blocks.js' },
      { file: 'render/pdf.ts', line: 3, spec: '../verify/grid.js' },
      { file: 'newstage/a.ts', line: 1, spec: '../page/display.js' },
      { file: 'paginate/folio.ts', line: 2, spec: 'fontkit' },
      { file: 'typeset/frame.ts', line: 9, spec: 'pdfkit/js/pdfkit.js' },
      { file: 'typeset/frame.ts', line: 10, spec: '../page/display.js' },
    ];
    const found = violations(made);
    expect(found).toHaveLength(5);
    expect(found[0]).toBe('src/load/locate.ts:6 imports ../compose/blocks.js: load → compose points up the pipeline');
    expect(found[1]).toContain('sideways');
    expect(found[2]).toContain('newstage is in no layer');
    expect(found[3]).toContain('paginate/folio.ts:2 imports fontkit');
    expect(found[4]).toContain('imports pdfkit, which only render may import');
  });
});

/**
 * Module-level mutable state of a file: a top-level `let`/`var`, or a top-level const holding a
 * Map, Set, WeakMap or array literal (a memory that outlives a call).
 */
function moduleState(rel: string, text: string): string[] {
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const constant = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer?.getText(sf) ?? '';
      if (!constant || /^(new (Map|Set|WeakMap)\b|\[\s*\])/u.test(init)) {
        out.push(`src/${rel}:${sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1} ${d.name.getText(sf)}`);
      }
    }
  }
  return out;
}

describe('per-run state', () => {
  it('the printers and the command line (src/diagnostics, src/cli) keep no module-level state: a run passes its reporter as a value', () => {
    const found = files
      .filter((f) => /^(diagnostics|cli)\//u.test(relative(f)))
      .flatMap((f) => moduleState(relative(f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
    // The check can fail: what locale.ts and sources.ts held before.
    expect(moduleState('diagnostics/x.ts', 'let chosen: Lang | undefined;\nconst remembered = new Map<string, string>();\nconst KEEP = 32;\n')).toEqual([
      'src/diagnostics/x.ts:1 chosen',
      'src/diagnostics/x.ts:2 remembered',
    ]);
  });

  it('nothing in src/ reads process.argv: the command line is main()’s argument', () => {
    const readers = files.filter((f) => /process\.argv/u.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gmu, '')));
    expect(readers.map(relative)).toEqual([]);
  });
});

describe('the font face API', () => {
  it('names no fontkit type in the Face that layout (typeset, paginate) sees; the renderer asks for the embedding', () => {
    const file = path.join(SRC, 'fonts', 'face.ts');
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const face = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Face');
    expect(face, 'interface Face in src/fonts/face.ts').toBeDefined();
    const members = face!.members.map((m) => m.getText(sf));
    expect(members.length).toBeGreaterThan(5);
    expect(members.filter((m) => /fontkit/u.test(m))).toEqual([]);
    const embedding = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'FaceEmbedding');
    expect(embedding!.members.map((m) => m.getText(sf)).some((m) => /fontkit\.Font/u.test(m))).toBe(true);
  });
});

describe("README's folder table", () => {
  /** `src/x/` rows of "How it is built": folder → the folders its imports column names. */
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const rows = new Map<string, Set<string>>();
  for (const line of readme.split('\n')) {
    const m = /^\| `src\/([a-z-]+)\/` \|.*\| ([^|]*) \|$/u.exec(line);
    if (m) rows.set(m[1]!, new Set([...m[2]!.matchAll(/`([a-z-]+)`/gu)].map((x) => x[1]!)));
  }

  it('draws the layers in the order this test holds them (top first)', () => {
    const picture = /```\n(cli ▶[^`]*)```/u.exec(readme)?.[1] ?? '';
    const drawn = picture.split('▶').map((layer) => layer.split(',').map((n) => n.trim()).sort());
    expect(drawn).toEqual(LAYERS.filter((l) => !l.includes('(root)')).map((l) => [...l].sort()).reverse());
  });

  it('lists every folder of src/ with exactly the folders it imports', () => {
    const actual = folderImports(imports);
    actual.delete('(root)');
    const wanted = Object.fromEntries([...actual].map(([k, v]) => [k, [...v].sort()]).sort());
    const written = Object.fromEntries([...rows].map(([k, v]) => [k, [...v].sort()]).sort());
    expect(written).toEqual(wanted);
  });
});
