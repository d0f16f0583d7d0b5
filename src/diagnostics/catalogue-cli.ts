/**
 * Messages of the command line itself (inputs, outputs, init, fonts --list, watch), in English and
 * Chinese. Merged into the catalogue (catalogue.ts); ids are stable like the others.
 */
import type { Entry } from './words.js';

export const CLI_MESSAGES = {
  // Inputs (src/cli/inputs.ts).
  'input-unmatched': { en: (p) => `no issue file in ${p.arg}`, zh: (p) => `${p.arg} 中没有简报文件` },
  'input-series-file': { en: (p) => `${p.arg} is a series file (it holds no columns), not an issue: name the issues, or their folder`, zh: (p) => `${p.arg} 是系列文件（其中没有栏目），不是某一期简报：请给出各期文件或其所在文件夹` },
  'input-stdin-twice': { en: () => '`-` (standard input) can be given only once', zh: () => '`-`（标准输入）只能给出一次' },
  'input-stdin-too-large': { en: (p) => `standard input is too large (more than ${p.limit})`, zh: (p) => `标准输入过大（超过 ${p.limit}）` },
  'input-stdin-name-unused': { en: () => '--stdin-name names standard input: give `-` among the inputs', zh: () => '--stdin-name 用于为标准输入命名：请在输入中给出 `-`' },
  'input-none': { en: () => 'no input: give issue files, folders, globs, or `-` for standard input', zh: () => '没有输入：请给出简报文件、文件夹、通配符，或用 `-` 表示标准输入' },
  // Outputs (src/cli/build.ts).
  'out-stdin-needs-out': { en: () => 'a build from standard input needs -o: a file, or `-o -` to write the PDF to standard output', zh: () => '从标准输入构建时必须给出 -o：一个文件，或用 `-o -` 将 PDF 写到标准输出' },
  'out-stdout-one': { en: () => '`-o -` writes one PDF to standard output: give one issue', zh: () => '`-o -` 只能把一份 PDF 写到标准输出：请只给出一期' },
  'out-stdout-format': { en: () => '`-o -` writes one file to standard output: a PDF, or `--format long-png`', zh: () => '`-o -` 只能向标准输出写一个文件：PDF，或 `--format long-png`' },
  'out-stdout-watch': { en: () => '`-o -` cannot be combined with --watch', zh: () => '`-o -` 不能与 --watch 同时使用' },
  'out-stdout-terminal': { en: () => 'standard output is a terminal: redirect it (`> file.pdf`, `| qpdf --check -`) or give -o FILE', zh: () => '标准输出是终端：请重定向（`> file.pdf`、`| qpdf --check -`）或给出 -o 文件' },
  'out-must-be-folder': { en: (p) => `--out ${p.out} must be a folder when building several issues`, zh: (p) => `构建多期时 --out ${p.out} 必须是文件夹` },
  'out-same-pdf': { en: (p) => `${p.first} and ${p.second} would both write ${p.out}`, zh: (p) => `${p.first} 和 ${p.second} 会写入同一个文件 ${p.out}` },
  'option-jobs': { en: (p) => `--jobs ${p.value}: give a whole number of at least 1`, zh: (p) => `--jobs ${p.value}：请给出不小于 1 的整数` },
  'option-format': { en: (p) => `--format must be ${p.allowed}, not ${p.value}`, zh: (p) => `--format 只能是 ${String(p.allowed).replace(/ or /u, ' 或 ')}，不能是 ${p.value}` },
  // What a build prints.
  'build-up-to-date': { en: (p) => `up to date: ${p.input} (${p.output}); --force rebuilds it`, zh: (p) => `已是最新：${p.input}（${p.output}）；加 --force 可重新构建` },
  'watch-waiting': { en: () => 'watching for changes (Ctrl-C stops)', zh: () => '正在监视文件变化（按 Ctrl-C 停止）' },
  'watch-rebuilding': { en: () => 'a change: building again', zh: () => '文件有变化：重新构建' },
  'fonts-one-issue': { en: (p) => `bulletin fonts reports on one issue; this input names ${p.count}`, zh: (p) => `bulletin fonts 只分析一期简报，而此输入对应 ${p.count} 期` },
  // fonts --list.
  'fonts-list-searched': { en: (p) => `Chinese fonts installed in: ${p.dirs}`, zh: (p) => `已安装的中文字体（搜索了：${p.dirs}）` },
  'fonts-list-none': { en: () => 'none: only the bundled fonts will be used', zh: () => '没有：将只使用内置字体' },
} satisfies Record<string, Entry>;
