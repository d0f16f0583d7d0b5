/**
 * The message catalogue: every message bulletin prints, by id, in English and Chinese — those of
 * loading here, files read and written in catalogue-files.ts, those of later stages in catalogue-layout.ts, the command line's in catalogue-cli.ts (its help texts in catalogue-help.ts),
 * `bulletin import`'s in catalogue-import.ts, the pasted-text checks' in catalogue-proofread.ts,
 * `bulletin verify`'s (the PDF read back) in catalogue-verify.ts.
 * Parameters are plain values; `{field}` parameters are YAML keys, printed as they are in English
 * and with their Chinese name in Chinese.
 */
import { CLI_MESSAGES } from './catalogue-cli.js';
import { HELP_MESSAGES } from './catalogue-help.js';
import { FILE_MESSAGES } from './catalogue-files.js';
import { IMPORT_MESSAGES } from './catalogue-import.js';
import { LAYOUT_MESSAGES } from './catalogue-layout.js';
import { PROOFREAD_MESSAGES } from './catalogue-proofread.js';
import { VERIFY_MESSAGES } from './catalogue-verify.js';
import { f, kind, type Entry } from './words.js';

const LOAD_MESSAGES = {
  // The file itself.
  'file-missing': { en: (p) => `cannot read ${p.role} file: no such file`, zh: (p) => `无法读取${p.role === 'series' ? '系列' : '简报'}文件：文件不存在` },
  'file-is-folder': { en: (p) => `cannot read ${p.role} file: it is a folder`, zh: (p) => `无法读取${p.role === 'series' ? '系列' : '简报'}文件：这是一个文件夹` },
  'file-permission': { en: (p) => `cannot read ${p.role} file: permission denied`, zh: (p) => `无法读取${p.role === 'series' ? '系列' : '简报'}文件：没有读取权限` },
  'file-unreadable': { en: (p) => `cannot read ${p.role} file: ${p.reason}`, zh: (p) => `无法读取${p.role === 'series' ? '系列' : '简报'}文件：${p.reason}` },
  'file-not-regular': { en: (p) => `cannot read ${p.role} file: it is not a regular file (a pipe or a device)`, zh: (p) => `无法读取${p.role === 'series' ? '系列' : '简报'}文件：它不是普通文件（而是管道或设备）` },
  'file-too-large': { en: (p) => `the file is too large (${p.size}); the limit is ${p.limit}`, zh: (p) => `文件过大（${p.size}），上限为 ${p.limit}` },
  'file-binary': { en: () => 'this is not a text file: it holds a NUL byte', zh: () => '这不是文本文件：其中含有 NUL 字节' },
  'file-not-utf8': { en: (p) => `the file is not valid UTF-8: byte 0x${p.byte} cannot start or continue a character here`, zh: (p) => `文件不是有效的 UTF-8 编码：字节 0x${p.byte} 在此处不合法` },
  'file-utf16': { en: () => 'the file is in UTF-16; bulletin reads UTF-8', zh: () => '文件是 UTF-16 编码，bulletin 只读取 UTF-8' },
  'file-empty': { en: (p) => `the ${p.role} file is empty`, zh: (p) => `${p.role === 'series' ? '系列' : '简报'}文件是空的` },
  'not-mapping': { en: (p) => `${p.role === 'series' ? 'a series' : 'an issue'} file must be a mapping (masthead:, ${p.role === 'series' ? 'footer:' : 'columns:'}, ...), found ${kind(p.found, 'en')}`, zh: (p) => `${p.role === 'series' ? '系列' : '简报'}文件应为映射（masthead:、${p.role === 'series' ? 'footer:' : 'columns:'} 等），这里是${kind(p.found, 'zh')}` },
  // YAML syntax.
  'yaml-tab': { en: () => 'a tab cannot indent YAML: indent with spaces', zh: () => 'YAML 不能用制表符（Tab）缩进，请用空格' },
  'yaml-unclosed-quote': { en: (p) => `this ${p.quote} quote is never closed`, zh: (p) => `这个 ${p.quote} 引号没有闭合` },
  'yaml-unclosed-flow': { en: (p) => `this list or mapping is never closed: expected \`${p.bracket}\``, zh: (p) => `列表或映射没有闭合：缺少 \`${p.bracket}\`` },
  'yaml-bad-indent': { en: () => 'bad indentation: items of one list or mapping must start at the same column', zh: () => '缩进有误：同一列表或映射的各项必须对齐到同一列' },
  'yaml-duplicate-key': { en: (p) => `duplicate key \`${p.key}\`: it is already given on line ${p.first}`, zh: (p) => `键 \`${p.key}\` 重复：第 ${p.first} 行已经写过` },
  'yaml-nested-compact': { en: () => 'a value cannot hold ": " unquoted: this reads as a mapping inside a key', zh: () => '未加引号的值中不能含有“: ”（冒号加空格），否则会被当作嵌套的映射' },
  'yaml-indent-deeper': { en: () => 'the lines after this value are indented deeper than it allows: check their indentation', zh: () => '这个值后面的几行缩进过深：请检查它们的缩进' },
  'yaml-multiline-key': { en: () => 'a key must be on one line: is a colon missing, or a line wrapped?', zh: () => '键必须写在同一行：是否缺少冒号，或者某行被折断了？' },
  'yaml-multiple-docs': { en: () => 'a file holds one document: remove the `---` or `...` line', zh: () => '一个文件只能有一个文档：请删除 `---` 或 `...` 行' },
  'yaml-bad-escape': { en: () => 'invalid escape sequence in a double-quoted string', zh: () => '双引号字符串中的转义序列无效' },
  'yaml-unexpected-item': { en: () => 'a list item (`-`) cannot start here: check the indentation of this line', zh: () => '此处不能开始列表项（`-`）：请检查这一行的缩进' },
  'yaml-unexpected-text': { en: (p) => `unexpected \`${p.text}\` here: check the indentation of this line, or a missing \`:\` or \`-\``, zh: (p) => `此处不应出现 \`${p.text}\`：请检查这一行的缩进，或是否缺少 \`:\` 或 \`-\`` },
  'yaml-text-after-value': { en: () => 'unexpected text after the value: is a line wrapped, or a colon missing?', zh: () => '值后面多出了文字：是否某行被折断，或缺少冒号？' },
  'yaml-missing-colon': { en: () => 'a key must be followed by `:` and its value', zh: () => '键后面必须有 `:` 和值' },
  'yaml-missing-dash': { en: () => 'a list item without its `-`', zh: () => '列表项缺少开头的 `-`' },
  'yaml-reserved-start': { en: (p) => `a value cannot start with \`${p.char}\` unless it is quoted`, zh: (p) => `未加引号的值不能以 \`${p.char}\` 开头` },
  'yaml-syntax': { en: (p) => `YAML syntax: ${p.detail}`, zh: (p) => `YAML 语法错误：${p.detail}` },
  'yaml-tag': { en: (p) => `YAML tags are not allowed here: \`${p.tag}\``, zh: (p) => `不允许使用 YAML 标签：\`${p.tag}\`` },
  'yaml-key-not-text': { en: () => 'a key must be plain text, not a list or mapping', zh: () => '键必须是普通文字，不能是列表或映射' },
  'yaml-alias-bomb': { en: (p) => `too many aliases (more than ${p.limit} expansions): the file would expand beyond reason`, zh: (p) => `别名过多（展开超过 ${p.limit} 次），文件展开后会过于庞大` },
  'yaml-alias-unknown': { en: (p) => `alias \`*${p.name}\` refers to no anchor \`&${p.name}\` above it`, zh: (p) => `别名 \`*${p.name}\` 之前没有对应的锚点 \`&${p.name}\`` },
  'text-too-long': { en: (p) => `this text is too long: ${p.length} characters, the limit is ${p.limit}`, zh: (p) => `这段文字过长：${p.length} 个字符，上限为 ${p.limit}` },
  'yaml-too-deep': { en: (p) => `lists and mappings nest too deeply here (more than ${p.limit} levels)`, zh: (p) => `此处列表和映射嵌套过深（超过 ${p.limit} 层）` },
  // The issue format.
  'unknown-key': { en: (p) => `unknown field \`${p.key}\`${p.where ? ` in ${p.where}` : ''}`, zh: (p) => `未知字段 \`${p.key}\`${p.where ? `（位于 ${p.where}）` : ''}` },
  'missing-key': { en: (p) => `missing field ${f(p, 'en')}${p.where ? ` in ${p.where}` : ''}`, zh: (p) => `${p.where ? `${p.where} 中` : ''}缺少字段 ${f(p, 'zh')}` },
  'no-value': { en: (p) => `${f(p, 'en')} has no value: expected ${kind(p.expected, 'en')}`, zh: (p) => `${f(p, 'zh')}没有值，应为${kind(p.expected, 'zh')}` },
  'wrong-type': { en: (p) => `${f(p, 'en')} must be ${kind(p.expected, 'en')}, found ${kind(p.found, 'en')}`, zh: (p) => `${f(p, 'zh')}应为${kind(p.expected, 'zh')}，这里是${kind(p.found, 'zh')}` },
  'not-whole-number': { en: (p) => `${f(p, 'en')} must be a whole number, found ${p.value}`, zh: (p) => `${f(p, 'zh')}应为整数，这里是 ${p.value}` },
  'not-positive': { en: (p) => `${f(p, 'en')} must be 1 or more, found ${p.value}`, zh: (p) => `${f(p, 'zh')}应不小于 1，这里是 ${p.value}` },
  'too-small': { en: (p) => `${f(p, 'en')} must be at least ${p.min}, found ${p.value}`, zh: (p) => `${f(p, 'zh')}应不小于 ${p.min}，这里是 ${p.value}` },
  'too-big': { en: (p) => `${f(p, 'en')} must be at most ${p.max}, found ${p.value}`, zh: (p) => `${f(p, 'zh')}应不大于 ${p.max}，这里是 ${p.value}` },
  'empty-text': { en: (p) => `${f(p, 'en')} must not be empty`, zh: (p) => `${f(p, 'zh')}不能为空` },
  'empty-list': { en: (p) => `${f(p, 'en')} must list at least one item`, zh: (p) => `${f(p, 'zh')}至少要有一项` },
  'invalid-date': { en: (p) => `invalid date "${p.value}"`, zh: (p) => `日期“${p.value}”无效` },
  // Rules of the issue model that name their message by id (src/model/).
  'width-fraction-min': { en: () => 'a width as a fraction of the block is more than 0 and at most 1 (e.g. 0.8)', zh: () => '以版心宽度的比例表示的宽度应大于 0、不大于 1（如 0.8）' },
  'width-fraction-max': { en: () => 'a width as a fraction of the block is at most 1 (e.g. 0.8); write millimetres as "120mm"', zh: () => '以版心宽度的比例表示的宽度不能大于 1（如 0.8）；毫米请写作 "120mm"' },
  'width-form': { en: () => 'write a width as a fraction of the block (0.8) or in millimetres ("120mm")', zh: () => '宽度请写作版心宽度的比例（0.8）或毫米数（"120mm"）' },
  'width-too-wide': { en: (p) => `a photo is at most as wide as the text block, ${p.max}mm (more than 0)`, zh: (p) => `图片宽度不能超过版心宽度 ${p.max}mm（且应大于 0）` },
  'images-count': { en: () => 'a row of photos holds two or three photos (one photo: write `image:`)', zh: () => '一排图片应有两张或三张（只有一张时请写 `image:`）' },
  'subheading-level': { en: () => 'a sub-heading level is 1, 2, 3 or 4', zh: () => '小标题的层级只能是 1、2、3 或 4' },
  'subheading-no-level': { en: () => 'cannot tell the level of this sub-heading: start it with 一、 （一） 1. or （1）, or add `level: 1` to 4', zh: () => '无法判断这个小标题的层级：请以 一、 （一） 1. 或 （1） 开头，或加上 `level: 1` 至 4' },
  'han-latin-range': { en: () => 'the Han–Latin space must be between 0 and 0.5 em', zh: () => '中西文间距应在 0 到 0.5 个字宽之间' },
  'paragraph-kind': { en: (p) => `a paragraph is text, or a mapping with one of: ${p.kinds}`, zh: (p) => `段落应为文字，或含有以下之一的映射：${p.kinds}` },
  'paragraph-unknown-kind': { en: (p) => `unknown paragraph kind ${p.keys || '(empty mapping)'}: write one of ${p.kinds}`, zh: (p) => `未知的段落类型 ${p.keys || '（空映射）'}：请写 ${p.kinds} 之一` },
  // What no rule above describes (zod's issue code is named for tools; its English words are not shown in Chinese).
  'schema-other': { en: (p) => `${f(p, 'en')} is not valid here (${p.detail})`, zh: (p) => `${f(p, 'zh')}的值不符合格式要求（${p.zodCode}）` },
  // Hints.
  'hint-did-you-mean': { en: (p) => `did you mean \`${p.key}\`?`, zh: (p) => `是不是想写 \`${p.key}\`？` },
  'hint-known-keys': { en: (p) => `the fields allowed here are: ${p.keys}`, zh: (p) => `此处允许的字段有：${p.keys}` },
  'hint-date-forms': { en: () => 'write the date as 2021-07-16, 2021-7-16 or 2021年7月16日', zh: () => '日期请写作 2021-07-16、2021-7-16 或 2021年7月16日' },
  'hint-date-day': { en: () => 'that day does not exist in that month (or the year is outside 1900–2999)', zh: () => '该月没有这一天（或年份不在 1900–2999 之间）' },
  'hint-series-field': { en: (p) => `give it here or in the series file ${p.series}, which every issue shares`, zh: (p) => `可写在本期文件中，或写在各期共用的系列文件 ${p.series} 中` },
  'hint-number': { en: () => 'write digits, e.g. `number: 14`', zh: () => '请用阿拉伯数字，例如 `number: 14`' },
  'hint-quote': { en: () => 'put the text in quotes: title: "…"', zh: () => '请给文字加引号：title: "……"' },
  'hint-tab': { en: () => 'replace the tab with spaces (two per level)', zh: () => '把 Tab 换成空格（每级两个）' },
  'hint-indent': { en: () => 'line it up with the items above it', zh: () => '与上面各项对齐' },
  'hint-duplicate': { en: () => 'remove one of them, or merge them into one', zh: () => '删去其中一个，或合并为一个' },
  'hint-save-utf8': { en: () => 'save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)', zh: () => '请将文件另存为 UTF-8 编码（记事本：另存为 → 编码：UTF-8）' },
  'hint-gbk': { en: () => 'it looks like GBK (GB2312/GB18030) text: save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)', zh: () => '文件似乎是 GBK（GB2312/GB18030）编码：请另存为 UTF-8（记事本：另存为 → 编码：UTF-8）' },
  'hint-empty-list': { en: (p) => `add an item under ${f(p, 'en')}, or remove the key`, zh: (p) => `在 ${f(p, 'zh')}下添加一项，或删去该键` },
  'hint-no-value': { en: () => 'write the value after the colon, or indent it on the lines below', zh: () => '在冒号后写上值，或在下面几行缩进书写' },
  'hint-folder': { en: () => 'give the YAML file itself, e.g. issues/issue-14.yaml', zh: () => '请给出 YAML 文件本身，例如 issues/issue-14.yaml' },
  'hint-split-text': { en: () => 'split it into several paragraphs', zh: () => '请分成若干段落' },
  'hint-split-file': { en: () => 'split the issue, or move large content out of it', zh: () => '请拆分该期内容，或移出过大的内容' },
} satisfies Record<string, Entry>;

/**
 * The tables, looked up in turn rather than copied into one object at start-up (~400 entries; the
 * command line words its help with them at every start). A later table's entry wins, as when they
 * were spread into one.
 */
const TABLES: readonly Readonly<Record<string, Entry>>[] = [LOAD_MESSAGES, FILE_MESSAGES, LAYOUT_MESSAGES, CLI_MESSAGES, HELP_MESSAGES, IMPORT_MESSAGES, PROOFREAD_MESSAGES, VERIFY_MESSAGES];
export type Catalogue = typeof LOAD_MESSAGES & typeof FILE_MESSAGES & typeof LAYOUT_MESSAGES & typeof CLI_MESSAGES & typeof HELP_MESSAGES & typeof IMPORT_MESSAGES & typeof PROOFREAD_MESSAGES & typeof VERIFY_MESSAGES;

/** The entry of message `id`, if the catalogue has one. */
export function entryOf(id: string): Entry | undefined {
  for (let i = TABLES.length - 1; i >= 0; i--) if (Object.hasOwn(TABLES[i]!, id)) return TABLES[i]![id];
  return undefined;
}

/** Every id, in the order of the tables. */
export const catalogueIds = (): string[] => [...new Set(TABLES.flatMap((t) => Object.keys(t)))];
