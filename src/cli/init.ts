/**
 * `bulletin init [folder]`. In an empty or missing folder it starts a bulletin: the series file with
 * every field explained, the first issue, a photos/ folder, a .gitignore and, with --ci, the GitHub
 * Actions workflow. In a folder of issues it starts the next one from the latest by number (or
 * --from): number + 1, today's date, each column's heading kept with one placeholder article,
 * the rest (fonts, comments) as it was; samples (sample-*.yaml, example-*.yaml) are never the
 * template. Placeholders are marked 【待填写】: the draft builds, with a warning at each. Nothing
 * existing is ever overwritten.
 */
import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Document } from 'yaml';
import type { Lang } from '../diagnostics/messages.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { message } from '../diagnostics/messages.js';
import { isSeriesFile } from '../load/file-kind.js';
import { DEFAULT_SERIES_FILE } from '../load/issue.js';
import { isSample, latestIssue, nextIssueYaml, today, yamlFilesIn } from '../series/next-issue.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { GITIGNORE, WORKFLOW, firstIssueTemplate, seriesTemplate } from './init-templates.js';

function read(file: string): Document {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError({ id: 'init-unreadable', params: { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) } });
  }
  const doc = parseDocument(text.replace(/^\uFEFF/u, ''));
  if (doc.errors.length) throw new UsageError({ id: 'init-unreadable', params: { file, reason: doc.errors[0]!.message.split('\n')[0]! } });
  return doc;
}

/** The package's JSON Schemas, as a path from `dir` (for the yaml-language-server line). */
function schemaRef(dir: string, kind: 'issue' | 'series'): string {
  const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');
  return path.relative(path.resolve(dir), path.join(schemaDir, `${kind}.schema.json`)).split(path.sep).join('/');
}

/** Writes new files only: any that exists already stops everything before a byte is written. */
function writeNew(dir: string, files: Record<string, string>): string[] {
  const names = Object.keys(files);
  const taken = names.filter((n) => existsSync(path.join(dir, n)));
  if (taken.length) throw new UsageError({ id: 'init-exists', params: { files: taken.map((n) => path.join(dir, n)).join(', ') } });
  for (const name of names) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, files[name]!, { flag: 'wx' });
  }
  return names;
}

export interface InitOptions {
  from?: string;
  ci?: boolean;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

export function init(folder: string | undefined, opts: InitOptions, lang: Lang): number {
  const dir = folder ?? (opts.from ? path.dirname(opts.from) : '.');
  const ci: Record<string, string> = opts.ci ? { '.github/workflows/bulletins.yml': WORKFLOW } : {};
  const yaml = yamlFilesIn(dir);
  if (!opts.from && !yaml.length) {
    // A new bulletin.
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new UsageError({ id: 'init-unreadable', params: { file: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) } });
    }
    const written = writeNew(dir, {
      [DEFAULT_SERIES_FILE]: seriesTemplate(schemaRef(dir, 'series')),
      'issue-1.yaml': firstIssueTemplate(1, today(), schemaRef(dir, 'issue')),
      'photos/.gitkeep': '',
      '.gitignore': GITIGNORE,
      ...ci,
    });
    say(message({ id: 'init-created', params: { dir, files: written.map((f) => f.replace('/.gitkeep', '/')).join(', ') } }, lang));
  } else {
    let next: { text: string; number: number };
    let from: string;
    const hasIssues = yaml.some((f) => !isSample(f) && !isSeriesFile(f));
    const template = opts.from ?? (hasIssues ? latestIssue(dir) : undefined);
    if (hasIssues && !template) throw new UsageError({ id: 'init-no-issue', params: { folder: dir } });
    if (template) {
      const made = nextIssueYaml(read(template), today());
      if (!made) throw new UsageError({ id: 'init-no-number', params: {} });
      next = made;
      from = template;
    } else {
      // A series file and no issue yet: the first issue.
      const series = yaml.find((f) => isSeriesFile(f));
      if (!series) throw new UsageError({ id: 'init-no-issue', params: { folder: dir } });
      next = { text: firstIssueTemplate(1, today(), schemaRef(dir, 'issue')), number: 1 };
      from = series;
    }
    const { number } = next;
    const name = `issue-${number}.yaml`;
    writeNew(dir, { [name]: next.text, ...ci });
    say(message({ id: 'init-next', params: { file: path.join(dir, name), number, from } }, lang));
    if (opts.ci) say(message({ id: 'init-created', params: { dir, files: Object.keys(ci).join(', ') } }, lang));
  }
  if (opts.ci && !existsSync(path.join(dir, 'package.json'))) process.stderr.write(`${message({ id: 'init-ci-package', params: { dir } }, lang)}\n`);
  return EXIT.ok;
}

export function registerInit(program: Command, result: CommandResult, { say: words, lang }: Reporter): void {
  program
    .command('init')
    .description(words('help-init'))
    .argument('[folder]', words('help-init-folder'))
    .option('--from <issue>', words('help-init-from'))
    .option('--ci', words('help-init-ci'))
    .action((folder: string | undefined, opts: InitOptions) => {
      result.code = init(folder, opts, lang);
    });
}
