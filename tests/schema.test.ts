/** The JSON Schemas in schema/ are derived from the zod schema and must not drift from it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueJsonSchema } from '../src/cli/schema.js';
import { ROOT } from './helpers.js';

describe('JSON Schema', () => {
  for (const kind of ['issue', 'series'] as const) {
    it(`schema/${kind}.schema.json is what \`bulletin schema${kind === 'series' ? ' --series' : ''}\` prints`, () => {
      const file = JSON.parse(readFileSync(path.join(ROOT, 'schema', `${kind}.schema.json`), 'utf8'));
      expect(file).toEqual(issueJsonSchema(kind));
    });
  }

  it('describes the issue format for editors: an issue file may leave out what its series gives', () => {
    const schema = issueJsonSchema('issue') as { required: string[]; properties: Record<string, { required?: string[] }> };
    expect(schema.required).toEqual(['masthead', 'columns']);
    expect(schema.properties.masthead!.required ?? []).not.toContain('name');
  });
});
