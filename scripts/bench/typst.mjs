/**
 * The reference for `npm run bench`: the same bulletin typeset by Typst (loaded into Node through
 * @myriaddreamin/typst-ts-node-compiler), with the same bundled open fonts. The bench writes a
 * Typst source for an issue from its YAML (masthead, column headings, titles, paragraphs, 版记,
 * page numbers — the same text in the same faces and sizes on the same 28 × 22 grid) and times a
 * whole `node typst-run.mjs` process, as it times a whole `bulletin build`.
 *
 * The compiler is installed on demand into the bench's own cache folder (not a dependency of the
 * package: a 30 MB native binary only the bench needs), with npm, pinned.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TYPST_PACKAGE = '@myriaddreamin/typst-ts-node-compiler@0.7.0';

/** Installs the compiler under `dir` (once); returns the folder holding its node_modules. */
export function installTypst(dir) {
  const marker = path.join(dir, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler', 'package.json');
  if (!existsSync(marker)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--no-fund', '--no-audit', '--no-save', '--prefix', dir, TYPST_PACKAGE], { stdio: 'ignore' });
  }
  return dir;
}

const esc = (s) => String(s).replace(/[\\#*_`$@<>\[\]~"'=/-]/gu, (c) => `\\${c}`);
const para = (p) => (typeof p === 'string' ? p : p.text ?? p.quote ?? p.note ?? p.subheading ?? p.source ?? null);

/** A Typst source for `issue` (the YAML as data, series merged by the caller). */
export function typstSource(issue, series) {
  const m = { ...series.masthead, ...issue.masthead };
  const footer = { ...series.footer, ...issue.footer };
  const date = String(m.date).replace(/^(\d+)-0?(\d+)-0?(\d+)$/u, '$1年$2月$3日');
  const out = [];
  out.push(`#set page(paper: "a4", margin: (top: 37mm, left: 28mm, right: 26mm, bottom: 35mm),
  footer: context { let n = counter(page).get().first(); set text(font: "FandolSong", size: 14pt)
    if calc.odd(n) { align(right)[— #n —#h(1em)] } else { align(left)[#h(1em)— #n —] } })
#set text(font: ("FandolFang R", "FandolFang"), size: 16pt, lang: "zh", region: "cn", top-edge: "ascender", bottom-edge: "descender")
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 12.99pt, spacing: 12.99pt)
#align(center, text(font: "Noto Serif CJK SC", weight: "bold", size: 30pt, fill: cmyk(0%, 100%, 100%, 0%))[${esc(m.name)}])
#align(center)[第${m.number}期]
#grid(columns: (1fr, 1fr), align: (left, right), [${esc(m.office)}], [${date}])
#line(length: 100%, stroke: 1pt + cmyk(0%, 100%, 100%, 0%))
`);
  for (const column of issue.columns) {
    out.push(`#block(text(font: "FandolHei")[【${esc(column.heading)}】])`);
    for (const article of column.articles) {
      if (article.title) out.push(`#align(center, text(font: "Noto Serif CJK SC", weight: "bold", size: 22pt)[${esc(article.title)}])`);
      for (const p of article.paragraphs) {
        const text = para(p);
        if (text) out.push(`${esc(text)}\n`);
      }
    }
  }
  const rows = Object.entries(footer).filter(([k]) => k !== 'copies').map(([k, v]) => `${k}：${(Array.isArray(v) ? v : [v]).map(esc).join('，')}。`);
  out.push(`#v(1fr)\n#line(length: 100%, stroke: 0.35mm)\n#par(first-line-indent: 0em)[${rows.join(' \\ ')}]\n#line(length: 100%, stroke: 0.35mm)`);
  return out.join('\n');
}

/** The runner: one process compiles `typ` with the fonts of `fontDir` and writes `pdf`. */
export function typstRunner(moduleDir) {
  return `
const { NodeCompiler } = require(${JSON.stringify(path.join(moduleDir, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler'))});
const fs = require('node:fs');
const [typ, pdf, fontDir] = process.argv.slice(-3);
const compiler = NodeCompiler.create({ workspace: require('node:path').dirname(typ), fontArgs: [{ fontPaths: [fontDir] }] });
const bytes = compiler.pdf({ mainFileContent: fs.readFileSync(typ, 'utf8') });
fs.writeFileSync(pdf, bytes);
`;
}
