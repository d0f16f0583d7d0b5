/**
 * Messages of the command line: usage mistakes (inputs, outputs, options), what a build and a check
 * print (progress, summary, watch), `bulletin init` and `bulletin fonts` (and --list), internal
 * errors, and the help texts with the words of commander's own help and errors — so that
 * everything a person reads follows --lang / the locale.
 */
import type { Entry, Params } from './words.js';

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
  // Help: commander's words.
  'help-usage': { en: () => 'Usage:', zh: () => '用法：' },
  'help-options': { en: () => 'Options:', zh: () => '选项：' },
  'help-commands': { en: () => 'Commands:', zh: () => '命令：' },
  'help-arguments': { en: () => 'Arguments:', zh: () => '参数：' },
  'help-global-options': { en: () => 'Global Options:', zh: () => '全局选项：' },
  'help-default': { en: (p) => `(default: ${p.value})`, zh: (p) => `（默认：${p.value}）` },
  'help-help': { en: () => 'display help for command', zh: () => '显示命令的帮助' },
  'help-version': { en: () => 'output the version number', zh: () => '显示版本号' },
  // Help: the program and its commands.
  'help-program': { en: () => 'Typesets Chinese work bulletins (简报) into print-ready A4 PDFs (GB/T 9704-2012)', zh: () => '将工作简报排印为可直接付印的 A4 PDF（依 GB/T 9704-2012）' },
  'help-debug': { en: () => 'print stack traces of internal errors', zh: () => '内部错误时显示调用栈' },
  'help-lang': { en: () => 'language of messages: en or zh (default: from LC_ALL, LC_MESSAGES, LANG)', zh: () => '消息的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES、LANG）' },
  'help-ignore-system-fonts': {
    en: (p) => `use only the fonts the YAML names, those in --font-path and $${p.env}, and the bundled ones: never the system's (as \`fonts: { systemFonts: false }\` in a series file)`,
    zh: (p) => `只用 YAML 中指定的字体、--font-path 和 $${p.env} 中的字体以及内置字体，不用系统字体（同系列文件中的 \`fonts: { systemFonts: false }\`）`,
  },
  'help-strict': { en: () => 'treat warnings as errors: the issue fails, nothing is written, the exit status is 1', zh: () => '把警告当作错误：该期失败，不写任何文件，退出码为 1' },
  'help-diagnostic-format': { en: () => 'how problems are printed: text (for people) or github (GitHub Actions annotations)', zh: () => '问题的输出方式：text（给人看）或 github（GitHub Actions 注释）' },
  'help-color': { en: () => 'colour in messages: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always or never', zh: () => '消息是否着色：auto（在终端上着色，设了 NO_COLOR 则不；FORCE_COLOR 强制着色）、always 或 never' },
  'help-choices': { en: (p) => `(choices: ${p.list})`, zh: (p) => `（可选：${p.list}）` },
  'cli-invalid-choice': { en: (p) => `option '${p.flags}' argument '${p.value}' is invalid: choose from ${p.list}`, zh: (p) => `选项“${p.flags}”的值“${p.value}”无效，可选：${p.list}` },
  'help-stdin-name': {
    en: (p) => `the file name standard input (\`-\`) stands for: used in messages, and its folder for the series file and photos (default: ${p.name} in the current folder)`,
    zh: (p) => `标准输入（\`-\`）所代表的文件名：用于消息中，其所在文件夹用于查找系列文件和图片（默认：当前文件夹中的 ${p.name}）`,
  },
  'help-font-path': { en: (p) => `a folder of fonts searched before the system's (repeatable; also $${p.env})`, zh: (p) => `先于系统字体查找的字体文件夹（可重复；也可用 $${p.env}）` },
  'help-build': { en: () => 'build the PDF (or PNG) of each issue: files, folders (every issue YAML inside), globs, or - (standard input)', zh: () => '排印每期简报的 PDF（或 PNG）：文件、文件夹（其中每期的 YAML）、通配符，或 -（标准输入）' },
  'help-build-input': { en: () => 'issue YAML files, folders or globs ("issues/**/*.yaml"), or - for standard input; series files are skipped', zh: () => '简报 YAML 文件、文件夹或通配符（"issues/**/*.yaml"），或用 - 表示标准输入；系列文件会跳过' },
  'help-build-out': { en: () => 'output file (one input), folder, or - for standard output (default: the PDF beside each input)', zh: () => '输出文件（一期时）、文件夹，或用 - 表示标准输出（默认：PDF 放在各期 YAML 旁）' },
  'help-build-jobs': { en: () => 'issues built in parallel, in worker threads (default: the number of cores)', zh: () => '并行排印的期数，每期一个工作线程（默认：CPU 核数）' },
  'help-build-force': { en: () => 'rebuild issues that are up to date', zh: () => '无需重排的也重新排印' },
  'help-build-watch': { en: () => 'keep running and rebuild what changes on save (Ctrl-C stops)', zh: () => '持续运行，文件保存后重排改动的部分（按 Ctrl-C 停止）' },
  'help-build-quiet': { en: () => 'print nothing on success', zh: () => '成功时不输出任何内容' },
  'help-build-stats': { en: () => 'write timing and memory figures as JSON (for benchmarks)', zh: () => '把用时和内存数据写成 JSON（用于性能测试）' },
  'help-check': { en: () => 'check issues as a build would (schema, font coverage, fitting) without writing anything', zh: () => '像排印一样检查简报（格式、字体覆盖、版面容纳），但不写任何文件' },
  'help-check-input': { en: () => 'issue YAML files, folders or globs, or - for standard input; series files are skipped', zh: () => '简报 YAML 文件、文件夹或通配符，或用 - 表示标准输入；系列文件会跳过' },
  'help-check-format': { en: () => 'text (for people), json (for CI and editors) or github (GitHub Actions annotations)', zh: () => 'text（给人看）、json（给 CI 和编辑器）或 github（GitHub Actions 注释）' },
  'help-check-to': {
    en: () => 'also check that these output formats can be written here (pdf, docx, png, long-png; comma-separated or repeated)',
    zh: () => '同时检查这些输出格式能否在本机写出（pdf、docx、png、long-png；用逗号分隔或重复给出）',
  },
  'help-check-quiet': { en: () => 'print nothing for files without errors', zh: () => '没有错误的文件不输出' },
  'help-fonts': { en: () => 'show the font of each role, its file and why it was chosen; with an issue, the characters its fonts lack; --list: the Chinese fonts installed', zh: () => '显示各用途的字体、字体文件及选用原因；给出一期简报时，列出其字体缺少的字符；--list：列出已安装的中文字体' },
  'help-fonts-issue': { en: () => 'an issue YAML file, or - for standard input', zh: () => '一期简报的 YAML 文件，或用 - 表示标准输入' },
  'help-fonts-list': { en: () => 'list the Chinese font families installed, with their Chinese names and files', zh: () => '列出已安装的中文字体，及其中文名和文件' },
  'help-fonts-format': { en: () => 'text or json', zh: () => 'text 或 json' },
  'help-init': { en: () => 'start a bulletin in an empty or new folder, or the next issue in a folder of issues (from the latest by number)', zh: () => '在空的或新的文件夹中开始一份简报，或在已有各期的文件夹中开始下一期（以期号最大的一期为准）' },
  'help-init-folder': { en: () => "the bulletin's folder (default: that of --from, or the current folder)", zh: () => '简报所在的文件夹（默认：--from 所在文件夹，或当前文件夹）' },
  'help-init-from': { en: () => 'the issue to start the next one from (default: the highest-numbered issue in the folder, samples aside)', zh: () => '作为下一期模板的一期（默认：文件夹中期号最大的一期，示例除外）' },
  'help-init-ci': { en: () => 'also write .github/workflows/bulletins.yml, a GitHub Actions workflow that builds every issue', zh: () => '同时写出 .github/workflows/bulletins.yml：一个排印每期简报的 GitHub Actions 工作流' },
  'help-index': { en: () => "write the index (目录) of a folder's issues: number, 总第N期, date and article titles by column, sorted by number", zh: () => '写出文件夹中各期的目录：期号、总第N期、日期及各栏目的文章标题，按期号排序' },
  'help-index-folder': { en: () => 'a folder of issues (series files are skipped), or files and globs as for build', zh: () => '各期所在的文件夹（系列文件会跳过），或与 build 相同的文件和通配符' },
  'help-index-out': { en: () => 'the index file (default: index.pdf or index.json in the folder)', zh: () => '目录文件（默认：文件夹中的 index.pdf 或 index.json）' },
  'help-index-format': { en: () => 'pdf (set like an issue) or json (for other systems; schema/index.schema.json)', zh: () => 'pdf（按简报版式排印）或 json（供其他系统使用；见 schema/index.schema.json）' },
  'help-schema': { en: () => 'print the JSON Schema of the issue format (for editor completion)', zh: () => '输出简报格式的 JSON Schema（供编辑器补全）' },
  'help-schema-series': { en: () => 'the schema of a series file (bulletin.yaml) instead', zh: () => '改为输出系列文件（bulletin.yaml）的 Schema' },
  'help-format': { en: (p) => `output formats, comma-separated or repeated: ${p.formats} (default: pdf)`, zh: (p) => `输出格式，用逗号分隔或重复给出：${p.formats}（默认：pdf）` },
  'help-dpi': { en: (p) => `resolution of png pages (default: ${p.dpi})`, zh: (p) => `png 页面的分辨率（默认：${p.dpi}）` },
  'help-width': { en: (p) => `width of the long-png image in pixels (default: ${p.width}, a phone at 3×)`, zh: (p) => `long-png 长图的宽度，单位为像素（默认：${p.width}，即手机屏幕的 3 倍）` },
  'help-import': { en: () => 'append a contribution (.docx, .md, .txt) to an issue as an article: text mended, photos saved in photos/', zh: () => '把来稿（.docx、.md、.txt）作为一篇文章加入一期简报：整理文字，图片存入 photos/' },
  'help-import-file': { en: () => 'the contribution: a Word .docx, Markdown .md or plain .txt file', zh: () => '来稿：Word .docx、Markdown .md 或纯文本 .txt 文件' },
  'help-import-to': { en: () => 'the issue YAML to add it to (created from the latest issue or the series file when missing)', zh: () => '加入到哪一期的 YAML（不存在时以最近一期或系列文件新建）' },
  'help-import-column': { en: () => 'the column to add it to (created when new; default: the last column)', zh: () => '加入到哪个栏目（新栏目会新建；默认：最后一个栏目）' },
  'help-verify': {
    en: () => 'read built PDFs back and check them against the GB/T 9704 grid (line starts and ends, baselines, kinsoku, page numbers, footer)',
    zh: () => '读回排好的 PDF，按 GB/T 9704 版心网格检查（行首行尾、基线、禁则、页码、版记）',
  },
  'help-verify-single-sided': { en: () => 'the PDFs are printed on one side: the footer (版记) need not stand on an even page', zh: () => 'PDF 单面印刷：版记不必在偶数页' },
  'help-verify-pdf': { en: () => 'PDF files built by bulletin', zh: () => 'bulletin 排出的 PDF 文件' },
} satisfies Record<string, Entry>;
