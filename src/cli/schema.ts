/** The JSON Schema of the issue format, derived from the zod schema (the single source of truth). */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Command } from 'commander';
import * as z from 'zod';
import { docs } from '../model/described.js';
import { IssueSchema, MastheadSchema, SeriesSchema } from '../model/issue.js';

/** An issue file alone: what its series file provides (name, office) may be left out. Made when asked for, not at every start. */
const issueFileSchema = () => IssueSchema.extend({ masthead: MastheadSchema.partial() });

export function issueJsonSchema(kind: 'issue' | 'series' = 'issue'): unknown {
  const schema = kind === 'issue' ? issueFileSchema() : SeriesSchema;
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: docs }),
    title: kind === 'issue' ? 'bulletin issue' : 'bulletin series',
  };
}

export function registerSchema(program: Command, { say }: Reporter): void {
  program
    .command('schema')
    .description(say('help-schema'))
    .option('--series', say('help-schema-series'))
    .action((opts: { series?: boolean }) => {
      process.stdout.write(`${JSON.stringify(issueJsonSchema(opts.series ? 'series' : 'issue'), null, 2)}\n`);
    });
}
