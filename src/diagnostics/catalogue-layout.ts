/**
 * Messages of the stages after loading: fonts (configured, unreadable, coverage), photos, fitting
 * (masthead name, titles), writing the PDF, and the build's own failures.
 */
import { items, role, shownChar, type Entry, type Params } from './words.js';

const zhCode = (p: Params) => String(p.code ?? '');

/** `"堃" (U+5803) at 10:14, 10:20 and 2 more; "喆" (U+5586) at 10:19` — each character with its places. */
const placesEn = (p: Params) =>
  items(p.chars)
    .map((c) => `"${c.ch}" (${c.code}) at ${c.at}${Number(c.more) ? ` and ${c.more} more` : ''}`)
    .join('; ');
const placesZh = (p: Params) =>
  items(p.chars)
    .map((c) => `“${c.ch}”（${c.code}，位于 ${c.at}${Number(c.more) ? ` 等，另有 ${c.more} 处` : ''}）`)
    .join('；');

export const LAYOUT_MESSAGES = {
  // Fonts named in the issue or series file.
  'font-not-found': { en: (p) => `fonts.${p.role}: no font named "${p.value}" was found`, zh: (p) => `fonts.${p.role}：找不到名为“${p.value}”的字体` },
  'font-file-missing': { en: (p) => `fonts.${p.role}: font file not found: ${p.file}`, zh: (p) => `fonts.${p.role}：字体文件不存在：${p.file}` },
  'font-file-folder': { en: (p) => `fonts.${p.role}: ${p.file} is a folder, not a font file`, zh: (p) => `fonts.${p.role}：${p.file} 是文件夹，不是字体文件` },
  'font-file-not-regular': { en: (p) => `fonts.${p.role}: cannot read font file ${p.file}: it is not a regular file (a pipe or a device)`, zh: (p) => `fonts.${p.role}：无法读取字体文件 ${p.file}：它不是普通文件（而是管道或设备）` },
  'font-file-not-font': { en: (p) => `fonts.${p.role}: ${p.file} is not a font file (OpenType, TrueType or a .ttc collection)`, zh: (p) => `fonts.${p.role}：${p.file} 不是字体文件（应为 OpenType、TrueType 或 .ttc 字体集）` },
  'font-no-face': { en: (p) => `fonts.${p.role}: ${p.file} has no face named ${p.face}; it holds: ${p.faces}`, zh: (p) => `fonts.${p.role}：${p.file} 中没有名为 ${p.face} 的字形，其中有：${p.faces}` },
  'hint-font-searched': {
    en: (p) => `searched ${p.dirs}; install the font, add its folder with --font-path, or give the path of its file`,
    zh: (p) => `已查找 ${p.dirs}；请安装该字体、用 --font-path 加入其所在文件夹，或写出字体文件的路径`,
  },
  // Font files that cannot be opened.
  'font-not-readable': { en: (p) => `${p.file} is not a font fontkit can read (OpenType, TrueType or a collection)`, zh: (p) => `${p.file} 不是可读取的字体（应为 OpenType、TrueType 或字体集）` },
  'font-collection-no-face': { en: (p) => `${p.file} is a collection without a face named ${p.face}; it holds: ${p.faces}`, zh: (p) => `字体集 ${p.file} 中没有名为 ${p.face} 的字形，其中有：${p.faces}` },
  'font-changed': { en: (p) => `${p.file} changed while it was in use; build again`, zh: (p) => `字体文件 ${p.file} 在使用中被改动，请重新排印` },
  'font-outlines-damaged': { en: (p) => `${p.file} is damaged: its outlines cannot be read (${p.detail})`, zh: (p) => `${p.file} 已损坏：无法读取其字形轮廓（${p.detail}）` },
  'font-damaged': { en: (p) => `${p.file} is damaged: its character map or metrics cannot be read`, zh: (p) => `${p.file} 已损坏：无法读取其字符映射或字宽` },
  // Coverage.
  'char-not-covered': {
    en: (p) => `no font has the character ${shownChar(p.char, '"', '"')}(${p.code}) for ${p.role} text${p.tried ? ` (tried ${p.tried})` : ''}: it would print as an empty box`,
    zh: (p) => `字体中没有字符${shownChar(p.char, '“', '”')}（${zhCode(p)}，用于${role(p.role, 'zh')}文字${p.tried ? `，已试 ${p.tried}` : ''}），印出来会是空框`,
  },
  'hint-char-font': {
    en: (p) => `name a font that has it in fonts.${p.role} (a path or family name), or add its folder with --font-path`,
    zh: (p) => `请在 fonts.${p.role} 中指定含有该字符的字体（路径或字体名），或用 --font-path 加入其所在文件夹`,
  },
  'char-fallback': {
    en: (p) => `${p.family} (${p.role}) lacks ${placesEn(p)}: set in ${p.fallback} instead`,
    zh: (p) => `${p.family}（${role(p.role, 'zh')}）缺少 ${placesZh(p)}，改用 ${p.fallback} 排印`,
  },
  // Photos.
  'hint-photo-looked': { en: (p) => `looked for ${p.path}`, zh: (p) => `查找的位置：${p.path}` },
  'photo-empty': { en: (p) => `cannot use image "${p.file}": the file is empty`, zh: (p) => `无法使用图片“${p.file}”：文件是空的` },
  'photo-format': {
    en: (p) => `cannot use image "${p.file}": unsupported image format (${p.kind ? `a ${p.kind}` : 'not a JPEG or PNG'} file): save the photo as JPEG or PNG`,
    zh: (p) => `无法使用图片“${p.file}”：不支持的图片格式（${p.kind ? `${p.kind} 文件` : '不是 JPEG 或 PNG 文件'}），请存为 JPEG 或 PNG`,
  },
  'photo-png-damaged': { en: (p) => `cannot use image "${p.file}": a damaged PNG file (${p.part === 'type' ? 'invalid colour type or bit depth' : 'no IHDR header'})`, zh: (p) => `无法使用图片“${p.file}”：PNG 文件已损坏（${p.part === 'type' ? '颜色类型或位深无效' : '缺少 IHDR 文件头'}）` },
  'photo-png-empty': { en: (p) => `cannot use image "${p.file}": a PNG file of zero size`, zh: (p) => `无法使用图片“${p.file}”：PNG 图片的尺寸为零` },
  'photo-jpeg-damaged': { en: (p) => `cannot use image "${p.file}": a damaged JPEG file (${p.part === 'marker' ? 'bad segment marker' : 'no frame header'})`, zh: (p) => `无法使用图片“${p.file}”：JPEG 文件已损坏（${p.part === 'marker' ? '段标记有误' : '缺少帧头'}）` },
  'photo-jpeg-bits': { en: (p) => `cannot use image "${p.file}": a ${p.bits}-bit JPEG: PDF readers show 8-bit JPEG only; save it again as an ordinary JPEG`, zh: (p) => `无法使用图片“${p.file}”：这是 ${p.bits} 位 JPEG，PDF 阅读器只显示 8 位 JPEG，请重新存为普通 JPEG` },
  'photo-jpeg-components': { en: (p) => `cannot use image "${p.file}": a JPEG with ${p.components} colour components: save it as RGB or greyscale`, zh: (p) => `无法使用图片“${p.file}”：JPEG 有 ${p.components} 个颜色分量，请存为 RGB 或灰度图` },
  'photo-jpeg-no-size': { en: (p) => `cannot use image "${p.file}": a JPEG whose size is not in its header (DNL): save it again`, zh: (p) => `无法使用图片“${p.file}”：JPEG 文件头中没有图片尺寸（DNL），请重新保存` },
  'photo-jpeg-lossless': { en: (p) => `cannot use image "${p.file}": a lossless or arithmetic-coded JPEG, which PDF readers do not show: save it again as an ordinary JPEG`, zh: (p) => `无法使用图片“${p.file}”：无损或算术编码的 JPEG，PDF 阅读器无法显示，请重新存为普通 JPEG` },
  'photo-low-dpi': {
    en: (p) => `photo would print at ${p.dpi} dpi (${p.pixels} pixels across ${p.mm} mm); below ${p.min} dpi it looks blurred`,
    zh: (p) => `图片印出来只有 ${p.dpi} dpi（${p.mm} 毫米宽印 ${p.pixels} 像素），低于 ${p.min} dpi 会显得模糊`,
  },
  'hint-photo-dpi': { en: (p) => `use a photo at least ${p.needed} pixels wide, or print it smaller (width:)`, zh: (p) => `请换用至少 ${p.needed} 像素宽的图片，或把它印小一些（width:）` },
  'photo-not-read': { en: (p) => `image "${p.file}" was not read before layout`, zh: (p) => `排版前没有读取图片“${p.file}”` },
  // Fitting.
  'name-too-long': { en: (p) => `the bulletin name is too long: ${p.count} characters need ${p.size} pt to fit the block, below the smallest allowed ${p.min} pt (一号)`, zh: (p) => `简报名称过长：${p.count} 个字需缩小到 ${p.size} 磅才能排下，小于允许的最小字号 ${p.min} 磅（一号）` },
  'hint-name-shorter': { en: () => 'shorten the name, or drop spaces from it', zh: () => '请缩短名称，或删去其中的空格' },
  'title-too-long': { en: (p) => `the title is too long: ${p.count} characters need ${p.lines} lines, more than the ${p.max} a title may take`, zh: (p) => `标题过长：${p.count} 个字需要 ${p.lines} 行，超过标题最多允许的 ${p.max} 行` },
  'hint-title-shorter': { en: () => 'shorten the title; put the rest in the first paragraph', zh: () => '请缩短标题，其余内容可写入第一段' },
  'masthead-missing': { en: () => 'an issue needs a masthead', zh: () => '简报必须有报头' },
  // Writing the PDF; the build itself.
  'internal-in-issue': { en: (p) => `internal error: ${p.detail} — this is a bug; please report it with this file`, zh: (p) => `内部错误：${p.detail}——这是 bulletin 的缺陷，请连同此文件一起报告` },
  'worker-stopped': { en: (p) => `internal error: the worker building it stopped (${p.detail}) — this is a bug; please report it with this file`, zh: (p) => `内部错误：排印它的工作线程中止了（${p.detail}）——这是 bulletin 的缺陷，请连同此文件一起报告` },
} satisfies Record<string, Entry>;
