/** The tool's version, from package.json (two folders up from src/build, dist/build or dist/bundle). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The package's package.json, read once per process (the CLI's version and where bugs go). */
export const PACKAGE_JSON = JSON.parse(readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8')) as { version: string; bugs?: string | { url?: string } };

export const TOOL_VERSION = PACKAGE_JSON.version;

/**
 * The folder holding the running code, hashed into the tool identity (build/stamp.ts): dist/bundle/
 * when running from the bundle — its files are the whole program, so a start stats three files
 * instead of walking ~250 — else src/ or dist/.
 */
export const CODE_DIR = path.basename(here) === 'bundle' ? here : path.resolve(here, '..');
