/**
 * Bundles the CLI and the build worker with esbuild into dist/bundle/ (ES modules, shared code in
 * chunks): starting the CLI then loads a few files instead of ~60 modules of ours and of zod, yaml
 * and commander. pdfkit (which finds its data files from its own location), fontkit (pdfkit's own
 * copy must be the same one), piscina and pdfjs-dist (start workers from their own files) and
 * cli-progress stay in node_modules, and so do the optional renderers' packages (@napi-rs/canvas, a native addon; docx), loaded only by --format, and mammoth, loaded only by `bulletin import`. bin/bulletin runs the bundle when it exists, else dist/cli/main.js (tsc's output).
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { bulletin: 'src/cli/main.ts', worker: 'src/build/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfkit', 'fontkit', 'piscina', 'cli-progress', 'pdfjs-dist', '@napi-rs/canvas', 'docx', 'mammoth'],
  // CommonJS dependencies (commander) call require() for Node's own modules.
  banner: { js: "import { createRequire as __bulletinCreateRequire } from 'node:module'; const require = __bulletinCreateRequire(import.meta.url);" },
  chunkNames: '[name]-[hash]', // beside the entries: modules find fonts/ and package.json two folders up
  legalComments: 'none',
  logLevel: 'warning',
});

// The bundled fonts' metrics-cache entries (dist/face-cache/): no build parses a bundled font.
const { makeBundledFaceCaches } = await import('../dist/fonts/bundled-cache.js');
makeBundledFaceCaches();
