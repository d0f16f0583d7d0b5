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
  'verify-needs-pdfjs': { en: () => 'bulletin verify reads PDFs with pdfjs-dist, an optional package: install it with `npm install pdfjs-dist`', zh: () => 'bulletin verify 需用可选依赖包 pdfjs-dist 读取 PDF，请用 `npm install pdfjs-dist` 安装' },
  // bulletin init.
  'init-created': { en: (p) => `${p.dir}: wrote ${p.files}; replace the text marked 【待填写】, then run bulletin build ${p.dir}`, zh: (p) => `${p.dir}：已写入 ${p.files}；请替换标有【待填写】的文字，然后运行 bulletin build ${p.dir}` },
  'init-next': { en: (p) => `${p.file}: issue ${p.number}, started from ${p.from}; replace the text marked 【待填写】`, zh: (p) => `${p.file}：第${p.number}期，以 ${p.from} 为基础；请替换标有【待填写】的文字` },
  'init-exists': { en: (p) => `not overwriting what exists: ${p.files}`, zh: (p) => `不会覆盖已有文件：${p.files}` },
  'init-no-issue': { en: (p) => `no issue with a masthead number in ${p.folder}: name one with --from <issue.yaml>, or start a new bulletin in an empty folder`, zh: (p) => `${p.folder} 中没有带期号的简报：请用 --from <文件> 指定一期，或在空文件夹中新建简报` },
  'init-no-number': { en: () => 'the issue to start from has no masthead number to count on from', zh: () => '作为基础的那一期没有期号，无法顺延' },
  'init-unreadable': { en: (p) => `cannot read ${p.file}: ${p.reason}`, zh: (p) => `无法读取 ${p.file}：${p.reason}` },
  'init-ci-package': {
    en: (p) => `note: the workflow runs \`npm ci\`: add bulletin to ${p.dir}/package.json with npm install --save-dev and a bulletin-*.tgz (from npm pack) or the git URL of its repository`,
    zh: (p) => `注意：工作流会运行 \`npm ci\`：请在 ${p.dir} 中用 npm install --save-dev 加入 bulletin（npm pack 生成的 bulletin-*.tgz，或其仓库的 git 地址）`,
  },
  // Drafts (load/placeholders.ts).
  'placeholder-left': { en: (p) => `placeholder left in the issue: ${p.text}`, zh: (p) => `仍有待填写的占位文字：${p.text}` },
  'hint-placeholder': { en: () => 'replace it before the issue goes out; with --strict a placeholder fails the build', zh: () => '发出前请替换；使用 --strict 时，占位文字会使构建失败' },
  // fonts --list.
  'fonts-list-searched': { en: (p) => `Chinese fonts installed in: ${p.dirs}`, zh: (p) => `已安装的中文字体（搜索了：${p.dirs}）` },
  'fonts-list-none': { en: () => 'none: only the bundled fonts will be used', zh: () => '没有：将只使用内置字体' },
} satisfies Record<string, Entry>;
