/**
 * Checks for text pasted from Word or the web, run by `check` and `build` on every issue: each
 * finding of rules.ts (and a paragraph given twice) becomes a warning at its file:line:column,
 * through the diagnostics channel like every other warning (so `--strict` makes it an error).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from '../load/issue.js';
import { lineTextOf, type SourceFile } from '../load/source.js';
import { offsetsOf } from './offsets.js';
import { halfWidthFindings, indentFindings, pairFindings, spaceFindings, type Finding } from './rules.js';
import { textsOf, type SourceText } from './texts.js';

/** Shorter paragraphs may repeat on purpose (会议强调：, a slogan). */
const DUPLICATE_MIN = 10;

function place(source: SourceFile, t: SourceText, index: number, length: number, offsets: ReturnType<typeof offsetsOf>) {
  const at = offsets?.at[index] ?? t.node.range![0];
  const last = offsets?.at[index + length - 1] ?? at;
  const pos = source.lines.linePos(at);
  const endPos = source.lines.linePos(last);
  const lineText = lineTextOf(source, pos.line);
  return { file: source.file, line: pos.line, column: pos.col, length: endPos.line === pos.line ? Math.max(1, last - at + 1) : 1, ...(lineText !== undefined ? { lineText } : {}) };
}

const spansLines = (t: SourceText, text: string): boolean => !t.node.range || text.slice(t.node.range[0], t.node.range[1]).includes('\n');

export function proofread(loaded: LoadedIssue): Diagnostic[] {
  const source = loaded.sources[0];
  if (!source) return [];
  const out: Diagnostic[] = [];
  const seen = new Map<string, SourceText>();
  for (const t of textsOf(source)) {
    // Where each character sits in the source is walked only for a text with something to report:
    // most texts have nothing, and the walk costs more than all the rules together.
    let walked: ReturnType<typeof offsetsOf> | null = null;
    const offsets = () => (walked === null ? (walked = offsetsOf(t.node, source.text)) : walked);
    const findings: Finding[] = [
      ...indentFindings(t.value),
      // A space folded from a line break needs a line break in the value's source.
      ...spaceFindings(t.value, () => (spansLines(t, source.text) ? (offsets()?.folded ?? []) : [])),
      ...halfWidthFindings(t.value),
      ...pairFindings(t.value),
    ];
    for (const f of findings.sort((a, b) => a.index - b.index)) {
      out.push(diagnostic(place(source, t, f.index, f.length, offsets()), f.text.id, f.text.params, { severity: 'warning', hint: f.hint }));
    }
    if (t.kind !== 'paragraph') continue;
    const key = t.value.replace(/\s+/gu, '');
    if (key.length < DUPLICATE_MIN) continue;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, t);
      continue;
    }
    const first = place(source, earlier, 0, 1, offsetsOf(earlier.node, source.text)).line;
    const here = place(source, t, 0, 1, offsets());
    out.push(diagnostic({ ...here, length: Math.min(t.value.length, 10) }, 'duplicate-paragraph', { first }, { severity: 'warning', hint: { id: 'hint-duplicate-paragraph', params: {} } }));
  }
  return out;
}
