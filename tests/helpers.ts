import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openFontSet } from '../src/fonts/fontset.js';
import { loadIssue } from '../src/load/issue.js';
import { checkIssue } from '../src/build/pipeline.js';
import type { GlyphRun, LaidOutDocument, Page } from '../src/page/display.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = path.join(ROOT, 'issues', 'issue-14.yaml');
export const fonts = () => openFontSet();

export function layoutSeed(): LaidOutDocument {
  return checkIssue(loadIssue(SEED), fonts()).document;
}

export const runs = (page: Page, kind?: GlyphRun['kind']): GlyphRun[] =>
  page.items.filter((i): i is GlyphRun => i.type === 'text' && (kind === undefined || i.kind === kind));

export const textOf = (run: GlyphRun) => run.glyphs.map((g) => g.ch).join('');
