/**
 * YAML's own errors in our words: the commonest mistakes (tabs, unclosed quotes, bad indentation,
 * duplicate keys, "key: value: more") get a message of the catalogue, placed where the mistake
 * is rather than where the parser noticed it; the rest keep yaml's wording.
 */
import { isPair, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Where an unclosed quote opened: the last quote before `end` that starts a scalar. */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    const before = i === 0 ? '\n' : text[i - 1]!;
    if (/[\s:[{,-]/u.test(before)) return i;
  }
  return -1;
}

/** The line of the first key equal to the duplicate at `offset`, in the mapping holding it. */
function firstKeyLine(doc: Document.Parsed, lines: LineCounter, offset: number): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Map(_, map) {
      const dup = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.range?.[0] === offset);
      if (!dup || !isScalar(dup.key)) return undefined;
      const first = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === (dup.key as { value: unknown }).value);
      const at = (first?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (at !== undefined) line = lines.linePos(at).line;
      return visit.BREAK;
    },
  });
  return line;
}

export function yamlErrorDiagnostic(file: string, text: string, doc: Document.Parsed, lines: LineCounter, e: YAMLError): Diagnostic {
  let start = e.pos[0];
  const length = Math.max(1, e.pos[1] - e.pos[0]);
  const place = () => {
    const p = lines.linePos(start);
    return { file, line: p.line, column: p.col, length };
  };
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/u, '');
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return diagnostic(place(), 'yaml-tab', {}, { hint: { id: 'hint-tab', params: {} } });
    case 'MISSING_CHAR': {
      if (/Implicit map keys need to be followed/u.test(e.message)) return diagnostic(place(), 'yaml-missing-colon');
      if (/Sequence item without - indicator/u.test(e.message)) return diagnostic(place(), 'yaml-missing-dash', {}, { hint: { id: 'hint-indent', params: {} } });
      const quote = /closing (["'])quote/u.exec(e.message)?.[1];
      if (quote) {
        const open = openingQuote(text, start, quote);
        if (open !== -1) start = open;
        return diagnostic({ ...place(), length: 1 }, 'yaml-unclosed-quote', { quote });
      }
      const bracket = /must end with a ([\]}])/u.exec(e.message)?.[1];
      if (bracket) return diagnostic(place(), 'yaml-unclosed-flow', { bracket });
      break;
    }
    case 'BAD_INDENT': {
      const bracket = /end with a ([\]}])/u.exec(e.message)?.[1];
      if (bracket) return diagnostic(place(), 'yaml-unclosed-flow', { bracket });
      // Point at what is misplaced (the line's first character), not at its indentation.
      while (text[start] === ' ') start++;
      return diagnostic({ ...place(), length: 1 }, 'yaml-bad-indent', {}, { hint: { id: 'hint-indent', params: {} } });
    }
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/u.exec(text.slice(start))?.[0]?.trim() ?? '';
      const first = firstKeyLine(doc, lines, start) ?? 0;
      return diagnostic({ ...place(), length: Math.max(1, key.length) }, 'yaml-duplicate-key', { key, first }, { hint: { id: 'hint-duplicate', params: {} } });
    }
    case 'UNEXPECTED_TOKEN': {
      const indent = { hint: { id: 'hint-indent', params: {} } } as const;
      if (/seq-item-ind/u.test(e.message)) return diagnostic(place(), 'yaml-unexpected-item', {}, indent);
      const token = /token in YAML stream: "([^"]*)"/u.exec(e.message)?.[1];
      if (token !== undefined) return diagnostic({ ...place(), length: token.length || 1 }, 'yaml-unexpected-text', { text: token.length > 20 ? `${token.slice(0, 20)}…` : token }, indent);
      if (/scalar at node end/u.test(e.message)) return diagnostic(place(), 'yaml-text-after-value');
      break;
    }
    case 'BAD_SCALAR_START': {
      const ch = /character (\S)$/u.exec(detail)?.[1] ?? text[start] ?? '';
      return diagnostic(place(), 'yaml-reserved-start', { char: ch }, { hint: { id: 'hint-quote', params: {} } });
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "key: a: b" (an unquoted ": " in the value), or a value followed by lines indented deeper.
      const rest = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
      if (/:\s/u.test(`${rest} `)) return diagnostic(place(), 'yaml-nested-compact', {}, { hint: { id: 'hint-quote', params: {} } });
      return diagnostic(place(), 'yaml-indent-deeper', {}, { hint: { id: 'hint-indent', params: {} } });
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return diagnostic(place(), 'yaml-multiline-key');
    case 'MULTIPLE_DOCS':
      return diagnostic(place(), 'yaml-multiple-docs');
    case 'BAD_DQ_ESCAPE':
      return diagnostic(place(), 'yaml-bad-escape');
    case 'RESOURCE_EXHAUSTION':
      return diagnostic(place(), 'yaml-too-deep', { limit: MAX_DEPTH });
    default:
      break;
  }
  return diagnostic(place(), 'yaml-syntax', { detail });
}

/** Deepest nesting of lists and mappings accepted; an issue needs 5 (columns.articles.paragraphs). */
export const MAX_DEPTH = 32;
