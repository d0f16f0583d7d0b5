/**
 * The pipeline, stage by stage: load → compose → typeset → paginate → render. `layoutIssue` is pure
 * (issue and parsed faces in, display list out); `buildIssueFile` adds the I/O around it.
 */
import { compose } from '../compose/blocks.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { openFontSet, type FontSet } from '../fonts/fontset.js';
import { uncoveredCharacters } from '../fonts/coverage.js';
import { loadIssue, type LoadedIssue } from '../load/issue.js';
import { nodeAt, positionOf } from '../load/source.js';
import type { Issue } from '../model/issue.js';
import type { LaidOutDocument } from '../page/display.js';
import { gridOf, type Grid } from '../page/geometry.js';
import { paginate } from '../paginate/paginate.js';
import { renderPdf } from '../render/pdf.js';
import { LayoutError } from '../typeset/errors.js';
import { typeset } from '../typeset/index.js';
import { styleOf } from '../typeset/style.js';
import { ZIHAO } from '../page/units.js';
import { writeAtomic } from './output.js';

export function layoutIssue(issue: Issue, fonts: FontSet, grid: Grid = gridOf()): LaidOutDocument {
  const { blocks, info, settings } = compose(issue);
  const frames = typeset(blocks, fonts, grid, settings);
  return paginate(frames, grid, info, styleOf(fonts.pageNumber, 'pageNumber', ZIHAO.四号));
}

function locate(loaded: LoadedIssue, path: (string | number)[], message: string, offset = 0): Diagnostic {
  for (const source of loaded.sources) {
    const found = nodeAt(source, path);
    if (!found.exact) continue;
    const pos = positionOf(source, found.node);
    // Inside a one-line scalar the character's own column can be given.
    const column = pos.length > offset ? pos.column + offset + (/^["']/.test(source.text.slice(found.node!.range![0])) ? 1 : 0) : pos.column;
    return { severity: 'error', file: source.file, line: pos.line, column, length: 1, message, path };
  }
  return { severity: 'error', file: loaded.file, line: 1, column: 1, message, path };
}

/** Everything that can be checked without writing: schema, font coverage, fitting. */
export function checkIssue(loaded: LoadedIssue, fonts: FontSet): LaidOutDocument {
  const { blocks } = compose(loaded.issue);
  const missing = uncoveredCharacters(blocks, fonts);
  if (missing.length) {
    throw new DiagnosticError(
      missing.map((m) =>
        locate(loaded, m.path, `no configured font has the character "${m.ch}" (U+${m.ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) for ${m.role} text: it would print as an empty box`, m.offset),
      ),
    );
  }
  try {
    return layoutIssue(loaded.issue, fonts);
  } catch (e) {
    if (e instanceof LayoutError) throw new DiagnosticError([locate(loaded, e.path, e.message)]);
    throw e;
  }
}

export interface BuildResult {
  input: string;
  output: string;
  pages: number;
  bytes: number;
}

export async function buildIssueFile(input: string, output: string, fonts: FontSet = openFontSet()): Promise<BuildResult> {
  const loaded = loadIssue(input);
  const laidOut = checkIssue(loaded, fonts);
  const pdf = await renderPdf(laidOut, fonts);
  writeAtomic(output, pdf);
  return { input, output, pages: laidOut.pages.length, bytes: pdf.length };
}
