/**
 * Messages of the command line: usage mistakes (inputs, outputs, options), what a build and a check
 * print (progress, summary, watch), `bulletin init` and `bulletin fonts` (and --list), internal
 * errors, and the help texts with the words of commander's own help and errors — so that
 * everything a person reads follows --lang / the locale.
 */
import { ROLE, type Entry, type Params } from './words.js';

const s = (n: Params[string] | undefined, one: string, many: string) => (Number(n) === 1 ? one : many);
/** `text|json|github` as "text, json or github" / "text、json 或 github". */
const oneOf = (v: Params[string] | undefined, comma: string, or: string) => String(v).split('|').join(comma).replace(new RegExp(`${comma}([^${comma[0]}]*)$`, 'u'), `${or}$1`);

export const CLI_MESSAGES = {
  // Usage mistakes (exit 2), printed after "bulletin: "; inputs and outputs.
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
  'usage-lang': { en: (p) => `--lang must be en or zh, not ${p.value}`, zh: (p) => `--lang 只能是 en 或 zh，不能是 ${p.value}` },
  'cli-unknown-option': { en: (p) => `unknown option '${p.flag}'${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`, zh: (p) => `未知选项“${p.flag}”${p.suggestion ? `（是不是想写 ${p.suggestion}？）` : ''}` },
  'cli-unknown-command': { en: (p) => `unknown command '${p.name}'${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`, zh: (p) => `未知命令“${p.name}”${p.suggestion ? `（是不是想写 ${p.suggestion}？）` : ''}` },
  'cli-missing-argument': { en: (p) => `missing required argument '${p.name}'`, zh: (p) => `缺少必需的参数“${p.name}”` },
  'cli-option-missing-argument': { en: (p) => `option '${p.flags}' argument missing`, zh: (p) => `选项“${p.flags}”缺少参数值` },
  'cli-too-many-arguments': { en: (p) => `too many arguments${p.command ? ` for '${p.command}'` : ''}: expected ${p.expected}, got ${p.got}`, zh: (p) => `${p.command ? `“${p.command}”的` : ''}参数过多：应为 ${p.expected} 个，实际 ${p.got} 个` },
  'cli-error': { en: (p) => `${p.detail}`, zh: (p) => `命令行有误：${p.detail}` },
  // Output formats (src/render/formats.ts).
  'output-needs-packages': {
    en: (p) => `--format ${p.format} needs the optional package${String(p.packages).includes(' ') ? 's' : ''} ${p.packages}: install ${String(p.packages).includes(' ') ? 'them' : 'it'} with \`npm install ${p.packages}\``,
    zh: (p) => `--format ${p.format} 需要可选依赖包 ${p.packages}，请用 \`npm install ${p.packages}\` 安装`,
  },
  'format-unknown': { en: (p) => `unknown output format \`${p.format}\`: choose from ${p.known}`, zh: (p) => `未知的输出格式 \`${p.format}\`，可选：${p.known}` },
  'format-bad-number': { en: (p) => `${p.option} ${p.value}: give a whole number from ${p.min} to ${p.max}`, zh: (p) => `${p.option} ${p.value}：请给出 ${p.min} 到 ${p.max} 之间的整数` },
  // bulletin index.
  'index-written': { en: (p) => `${p.folder} → ${p.file} (${p.issues} issues${Number(p.pages) ? `, ${p.pages} pages` : ''})`, zh: (p) => `${p.folder} → ${p.file}（${p.issues} 期${Number(p.pages) ? `，${p.pages} 页` : ''}）` },
  'index-no-issues': { en: (p) => `no issue file in ${p.folder} (a series file such as bulletin.yaml is not an issue)`, zh: (p) => `${p.folder} 中没有简报文件（bulletin.yaml 等系列文件不算）` },
  'index-format': { en: (p) => `--format must be pdf or json, not ${p.format}`, zh: (p) => `--format 只能是 pdf 或 json，不能是 ${p.format}` },
  // What build prints.
  'build-done': { en: (p) => `${p.input} → ${p.output} (${p.pages} pages, ${p.kb} KB, ${p.seconds} s)`, zh: (p) => `${p.input} → ${p.output}（${p.pages} 页，${p.kb} KB，${p.seconds} 秒）` },
  'build-failed': { en: (p) => `failed: ${p.input} (${p.count} ${s(p.count, 'error', 'errors')})`, zh: (p) => `失败：${p.input}（${p.count} 处错误）` },
  'progress-up-to-date': { en: (p) => `up to date: ${p.input} (${p.output})`, zh: (p) => `已是最新：${p.input}（${p.output}）` },
  'build-summary': {
    en: (p) => `${p.built} built, ${p.upToDate} up to date, ${p.failed} failed (${p.total} ${s(p.total, 'issue', 'issues')}) in ${p.seconds} s`,
    zh: (p) => `排印 ${p.built} 期，已是最新 ${p.upToDate} 期，失败 ${p.failed} 期（共 ${p.total} 期），用时 ${p.seconds} 秒`,
  },
  'build-failed-header': { en: (p) => `${p.count} ${s(p.count, 'issue', 'issues')} failed:`, zh: (p) => `${p.count} 期失败：` },
  'build-progress': { en: () => 'building {bar} {value}/{total} | {eta_formatted} left | {file}', zh: () => '排印中 {bar} {value}/{total} | 还需 {eta_formatted} | {file}' },
  'build-progress-failed': { en: (p) => `failed: ${p.input}`, zh: (p) => `失败：${p.input}` },
  // What check prints.
  'summary-errors': { en: (p) => `${p.count} error${Number(p.count) === 1 ? '' : 's'} in ${p.file}`, zh: (p) => `${p.file} 中有 ${p.count} 处错误` },
  'check-ok': { en: (p) => `${p.file}: ok (${p.pages} pages)`, zh: (p) => `${p.file}：检查通过（${p.pages} 页）` },
  // fonts.
  'fonts-searched': { en: (p) => `searched: ${p.dirs || '(no folders)'}`, zh: (p) => `已查找：${p.dirs || '（没有文件夹）'}` },
  'fonts-reason-explicit': { en: () => 'named in the issue or series file', zh: () => '在简报或系列文件中指定' },
  'fonts-reason-official': { en: () => 'office font, installed', zh: () => '已安装的公文字体' },
  'fonts-reason-bundled': { en: () => 'bundled open font', zh: () => '随附的开源字体' },
  'fonts-reason-installed': { en: () => 'installed open font', zh: () => '已安装的开源字体' },
  'fonts-requested-as': { en: (p) => `${p.reason} as "${p.requested}"`, zh: (p) => `${p.reason}，写作“${p.requested}”` },
  'fonts-fallbacks': { en: (p) => `fallbacks: ${p.list || 'none'}`, zh: (p) => `后备字体：${p.list || '无'}` },
  // The table's rows: the role (as a series file's `fonts:` names it), its font, and each fallback with why it is there.
  'fonts-role': { en: (p) => String(p.role), zh: (p) => `${ROLE.zh[String(p.role)] ?? '字体'}（${p.role}）` },
  'fonts-row': { en: (p) => `${p.family}${p.aka} — ${p.file} (${p.why})`, zh: (p) => `${p.family}${p.aka}，文件 ${p.file}（${p.why}）` },
  'fonts-fallback': {
    en: (p) => `${p.family} (${p.reason})`,
    zh: (p) => `${p.family}（${({ bundled: '随附', installed: '已安装', official: '公文字体', explicit: '指定' } as Record<string, string>)[String(p.reason)] ?? '其他'}）`,
  },
  'fonts-all-covered': { en: () => "every character of the issue is in its role's font", zh: () => '本期每个字符都在其所用字体中' },
  'fonts-lacks': {
    en: (p) => `${p.role} lacks "${p.ch}" (${p.code}): ${p.servedBy ? `set in ${p.servedBy}` : 'NO FONT HAS IT (error)'}`,
    zh: (p) => `${p.role} 缺少“${p.ch}”（${p.code}）：${p.servedBy ? `改用 ${p.servedBy} 排印` : '没有任何字体含有它（错误）'}`,
  },
  // Internal errors.
  'internal-error': { en: (p) => `internal error: ${p.detail}`, zh: (p) => `内部错误：${p.detail}` },
  'internal-report': {
    en: (p) => `this is a bug in bulletin ${p.version}; please report it ${p.where ? `at ${p.where}` : 'to its maintainers'} with the input that caused it${p.debug ? '' : ' (rerun with --debug for the stack trace)'}`,
    zh: (p) => `这是 bulletin ${p.version} 的缺陷，请连同引发它的输入文件一起报告${p.where ? `至 ${p.where}` : '给维护者'}${p.debug ? '' : '（加 --debug 重新运行可显示调用栈）'}`,
  },
} satisfies Record<string, Entry>;
