/**
 * Diagnostics as GitHub Actions workflow commands, which the runner turns into annotations on the
 * pull request's files: `::error file=issues/a.yaml,line=3,col=9,endColumn=18,title=invalid-date::…`.
 * Values are escaped as the runner expects: `%`, CR and LF everywhere, and `:` and `,` inside
 * properties too, so a message can hold any text and span lines (the hint follows on its own line).
 */
import path from 'node:path';
import { wordsOf, type Diagnostic } from './diagnostic.js';
import { SEVERITY, type Lang } from './messages.js';

export const escapeData = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/** The file as GitHub names it: relative to the workspace (the repository's root) when there is one. */
export function workspacePath(file: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const root = env.GITHUB_WORKSPACE || cwd;
  const rel = path.relative(root, path.resolve(cwd, file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

export function githubAnnotation(d: Diagnostic, lang: Lang, env: NodeJS.ProcessEnv = process.env): string {
  const words = wordsOf(d, lang);
  const props = [`file=${escapeProperty(workspacePath(d.file, env))}`];
  if (d.line > 0) {
    props.push(`line=${d.line}`, `col=${d.column}`);
    if (d.length && d.length > 1) props.push(`endColumn=${d.column + d.length}`);
  }
  if (d.code) props.push(`title=${escapeProperty(d.code)}`);
  const colon = lang === 'zh' ? '：' : ': ';
  const text = [words.message, ...(words.hint ? [`${SEVERITY[lang].hint}${colon}${words.hint}`] : [])].join('\n');
  return `::${d.severity} ${props.join(',')}::${escapeData(text)}`;
}
