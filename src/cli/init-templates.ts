/**
 * What `bulletin init` writes into a new bulletin's folder: the series file with every field
 * explained, the first issue, a .gitignore, and (--ci) a GitHub Actions workflow — the same one
 * docs/ci.md shows. Text a person must replace is marked 【待填写】 (load/placeholders.ts): the
 * draft builds, with a warning at each mark.
 */
import * as z from 'zod';
import { placeholder } from '../load/placeholders.js';
import { docs } from '../model/described.js';
import { FONT_ROLES, SeriesSchema } from '../model/issue.js';

const schemaLine = (schemaRef: string | undefined) => (schemaRef ? `# yaml-language-server: $schema=${schemaRef}\n` : '');

const SERIES = (schemaRef: string | undefined) => `# The series file of this bulletin (简报): what every issue shares. Each issue file beside it
# (issue-1.yaml, issue-2.yaml, ...) holds its own number, date and columns, and may override any
# field here. \`bulletin init\` in this folder starts the next issue. Text marked 【待填写】 is
# yours to replace: a build warns about each one left (and fails with --strict).
${schemaLine(schemaRef)}
masthead:
  name: ${placeholder('简报名称')}          # the bulletin's name, set large in red and fitted to the block; a space makes a gap
  office: ${placeholder('编印单位')}        # the issuing office, printed at the left under the number
  # marks: [内部资料 注意保存]        # optional: marks above the name, at the top left
  # total: 1                          # optional, usually in each issue: 总第N期

footer:                               # the distribution footer (版记) at the bottom of the last page
  报:                                 # 报: bodies it is reported to (superiors); a list, joined with "，"
    - ${placeholder('上级单位')}
  送:                                 # 送: bodies it is sent to (peers)
    - ${placeholder('平级单位')}
  # 发:                               # 发: bodies it is issued to (subordinates)
  #   - 下级单位
  # copies: 100                       # optional: （共印100份）

# fonts:                              # per role, a family name or a file path (relative to this file);
#   body: 仿宋_GB2312                  #   a list names fallbacks for characters the first lacks.
#   title: fonts/FZXBSJW.TTF          #   roles: masthead, title, heading, body, kai, pageNumber, footer
#   systemFonts: false                # only fonts named here and the bundled ones: the same PDF on every machine

# typography:
#   hanLatinSpace: 0.25               # em between Chinese and Latin letters or digits; 0 turns it off

# contents: true                      # 本期要目 below the masthead, from the article titles
`;

type JsonSchema = { properties?: Record<string, JsonSchema>; description?: string; anyOf?: JsonSchema[] };

/** Every field of the series format, as dotted paths with their descriptions. */
export function seriesFields(): { path: string; description: string }[] {
  const out: { path: string; description: string }[] = [];
  const walk = (s: JsonSchema, at: string[]) => {
    for (const [key, sub] of Object.entries(s.properties ?? {})) {
      const path = [...at, key];
      out.push({ path: path.join('.'), description: sub.description ?? sub.anyOf?.find((a) => a.description)?.description ?? '' });
      const inner = sub.properties ? sub : sub.anyOf?.find((a) => a.properties);
      if (inner) walk(inner, path);
    }
  };
  walk(z.toJSONSchema(SeriesSchema, { io: 'input', unrepresentable: 'any', metadata: docs }) as JsonSchema, []);
  return out;
}

const mentions = (text: string, key: string) => new RegExp(`^[ \\t]*#?[ \\t]*${key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:`, 'mu').test(text);

/**
 * The series file: the fields above, written out and explained; any field of the format they do
 * not mention yet (a setting added since) is listed after them with the schema's description.
 */
export function seriesTemplate(schemaRef?: string): string {
  const text = SERIES(schemaRef);
  // An issue's own fields are the issue template's; the font roles are named together above.
  const own = new Set(['masthead.number', 'masthead.date', 'masthead.supplement', ...FONT_ROLES.map((r) => `fonts.${r}`)]);
  const missing = seriesFields().filter((f) => !own.has(f.path) && !mentions(text, f.path.split('.').at(-1)!));
  if (!missing.length) return text;
  return `${text}\n# More settings (see the README):\n${missing.map((f) => `#   ${f.path}: ${f.description}`).join('\n')}\n`;
}

/** The first issue of a new bulletin, or an issue started from the series file alone. */
export function firstIssueTemplate(number: number, date: string, schemaRef?: string): string {
  return `# Shared fields (name, office, distribution) come from bulletin.yaml beside this file.
${schemaLine(schemaRef)}
masthead:
  number: ${number}
  date: ${date}

columns:
  - heading: ${placeholder('栏目名称')}     # printed 【…】 in 黑体
    articles:
      - title: ${placeholder('标题')}
        paragraphs:                   # one paragraph per item; see the README for photos, notes, sub-headings
          - ${placeholder('正文')}
`;
}

export const GITIGNORE = `# What bulletin builds: the PDFs (rebuilt from the YAML, byte for byte) and its build stamps.
*.pdf
.bulletin-cache/
node_modules/
`;

/** The GitHub Actions workflow `init --ci` writes; docs/ci.md shows it as it is (a test checks). */
export const WORKFLOW = `name: bulletins
on:
  push:
  pull_request:
  workflow_dispatch:

jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v6

      - uses: actions/setup-node@v6
        with:
          node-version: 24            # bulletin runs on Node 20 or newer; 22 and 24 are the LTS lines
          cache: npm

      # bulletin as package.json and package-lock.json pin it (npm install --save-dev with the
      # bulletin-*.tgz that npm pack makes, committed here, or the git URL of its repository).
      - run: npm ci

      # Keeps the PDFs and .bulletin-cache/ (build stamps) between runs: a commit that touches one
      # issue rebuilds that issue only. A stamp is trusted only while the issue, series, fonts, the
      # tool and the PDF itself hash the same, so a stale cache costs time, never correctness.
      - uses: actions/cache@v5
        with:
          path: |
            **/*.pdf
            **/.bulletin-cache
            !node_modules/**
          key: bulletins-\${{ hashFiles('package-lock.json') }}-\${{ github.sha }}
          restore-keys: bulletins-\${{ hashFiles('package-lock.json') }}-

      # Every issue in the repository (series files are skipped). Problems are annotated on the
      # pull request's lines; a failing issue fails the job. Placeholders (【待填写】) left in a
      # draft are warnings: add --strict to make them, and every other warning, errors.
      - run: npx bulletin build . --jobs 2 --diagnostic-format github

      - uses: actions/upload-artifact@v7
        if: always()   # keep what was built even when one issue failed
        with:
          name: bulletins-pdf
          path: |
            **/*.pdf
            !node_modules/**
          if-no-files-found: error
          retention-days: 90
`;
