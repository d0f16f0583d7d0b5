/**
 * Messages about files the tool reads and writes (outputs, photos, fonts, series files, caches):
 * part of the catalogue (catalogue.ts), kept here so the file-system vocabulary stays in one place.
 */
import type { Entry, Lang, Params } from './words.js';

/** Why a write failed, from the system's error code (or our own: a short write, a read-back mismatch). */
const WRITE_REASONS: Record<string, { en: string; zh: string }> = {
  EPIPE: { en: 'the reader closed the pipe', zh: '读取方已关闭管道' },
  ENOENT: { en: 'its folder does not exist', zh: '所在文件夹不存在' },
  EACCES: { en: 'permission denied', zh: '没有写入权限' },
  EPERM: { en: 'permission denied', zh: '没有写入权限' },
  ENOSPC: { en: 'the disk is full', zh: '磁盘已满' },
  EDQUOT: { en: 'the disk quota is used up', zh: '磁盘配额已用完' },
  EFBIG: { en: 'the file would be larger than the file system allows', zh: '文件超出文件系统允许的大小' },
  EIO: { en: 'an input/output error (a failing disk or a lost network drive)', zh: '输入输出错误（磁盘故障或网络盘断开）' },
  EROFS: { en: 'read-only file system', zh: '文件系统为只读' },
  EISDIR: { en: 'it is a folder', zh: '这是一个文件夹' },
  ENOTDIR: { en: 'a part of the path is not a folder', zh: '路径中有一部分不是文件夹' },
  ENAMETOOLONG: { en: 'the file name is too long', zh: '文件名过长' },
  EBADCONTENT: { en: 'what was read back from the disk differs from what was written', zh: '从磁盘读回的内容与写入的不一致' },
};
const writeReason = (p: Params, lang: Lang) => WRITE_REASONS[String(p.reason)]?.[lang] ?? String(p.reason);

/** Why a file could not be read (readRegular's failures). */
const READ_REASONS: Record<string, { en: string; zh: string }> = {
  missing: { en: 'no such file', zh: '文件不存在' },
  folder: { en: 'it is a folder', zh: '这是一个文件夹' },
  'not-regular': { en: 'it is not a regular file (a pipe or a device)', zh: '它不是普通文件（而是管道或设备）' },
  permission: { en: 'permission denied', zh: '没有读取权限' },
};
export const readReason = (p: Params, lang: Lang) => READ_REASONS[String(p.reason)]?.[lang] ?? String(p.reason);

const TARGET_KINDS: Record<string, { en: string; zh: string }> = {
  folder: { en: 'a folder', zh: '文件夹' },
  pipe: { en: 'a pipe (FIFO)', zh: '管道（FIFO）' },
  socket: { en: 'a socket', zh: '套接字' },
  device: { en: 'a device', zh: '设备' },
};
const targetKind = (p: Params, lang: Lang) => TARGET_KINDS[String(p.kind)]?.[lang] ?? String(p.kind);

const ROLES: Record<string, { en: string; zh: string }> = {
  issue: { en: 'issue file', zh: '简报文件' },
  series: { en: 'series file', zh: '系列文件' },
  photo: { en: 'photo', zh: '图片' },
  font: { en: 'font file', zh: '字体文件' },
};
const role = (p: Params, lang: Lang) => ROLES[String(p.role)]?.[lang] ?? String(p.role);

/** What is wrong inside a damaged photo (src/photos/). */
const PHOTO_DAMAGE: Record<string, { en: string; zh: string }> = {
  'png-signature': { en: 'not a PNG file', zh: '不是 PNG 文件' },
  'png-truncated': { en: 'the PNG file is cut short (a chunk runs past its end)', zh: 'PNG 文件不完整（某个数据块超出了文件末尾）' },
  'png-chunk': { en: 'the PNG file is damaged (its chunks are out of order)', zh: 'PNG 文件已损坏（数据块顺序错误）' },
  'png-crc': { en: 'the PNG file is damaged (a chunk fails its checksum)', zh: 'PNG 文件已损坏（某个数据块校验和不符）' },
  'png-header': { en: 'the PNG file is damaged (its IHDR header is invalid)', zh: 'PNG 文件已损坏（IHDR 文件头无效）' },
  'png-no-data': { en: 'the PNG file has no image data', zh: 'PNG 文件没有图像数据' },
  'png-palette': { en: 'the PNG file uses a palette it does not have', zh: 'PNG 文件缺少它所用的调色板' },
  'png-inflate': { en: 'the PNG image data is damaged (it cannot be decompressed)', zh: 'PNG 图像数据已损坏（无法解压）' },
  'png-too-much-data': { en: 'the PNG image data is larger than its declared size', zh: 'PNG 图像数据超出其声明的尺寸' },
  'png-short-data': { en: 'the PNG image data ends before the image does', zh: 'PNG 图像数据不完整' },
  'png-filter': { en: 'the PNG image data is damaged (an invalid row filter)', zh: 'PNG 图像数据已损坏（行过滤类型无效）' },
  'jpeg-signature': { en: 'not a JPEG file', zh: '不是 JPEG 文件' },
  'jpeg-truncated': { en: 'the JPEG file is cut short (it ends before its end marker)', zh: 'JPEG 文件不完整（缺少结束标记）' },
  'jpeg-marker': { en: 'the JPEG file is damaged (a bad segment marker)', zh: 'JPEG 文件已损坏（段标记错误）' },
  'jpeg-no-frame': { en: 'the JPEG file is damaged (image data before its frame header)', zh: 'JPEG 文件已损坏（帧头之前出现图像数据）' },
  'jpeg-no-data': { en: 'the JPEG file has no image data', zh: 'JPEG 文件没有图像数据' },
};
const damage = (p: Params, lang: Lang) => PHOTO_DAMAGE[String(p.detail)]?.[lang] ?? String(p.detail);

export const FILE_MESSAGES = {
  'output-unwritable': { en: (p) => `cannot write the PDF: ${writeReason(p, 'en')}`, zh: (p) => `无法写入 PDF：${writeReason(p, 'zh')}` },
  'output-not-regular': {
    en: (p) => `cannot write the PDF here: this path is ${targetKind(p, 'en')}, not a regular file`,
    zh: (p) => `无法在此写入 PDF：该路径是${targetKind(p, 'zh')}，不是普通文件`,
  },
  'output-is-input': {
    en: (p) => `the output would replace the ${role(p, 'en')} ${p.input}, which this build reads`,
    zh: (p) => `输出会覆盖本次生成所读取的${role(p, 'zh')} ${p.input}`,
  },
  'stats-unwritable': { en: (p) => `cannot write the --stats file: ${writeReason(p, 'en')}`, zh: (p) => `无法写入 --stats 文件：${writeReason(p, 'zh')}` },
  'photo-unreadable': { en: (p) => `cannot read image "${p.file}": ${readReason(p, 'en')}`, zh: (p) => `无法读取图片“${p.file}”：${readReason(p, 'zh')}` },
  'photo-too-large': {
    en: (p) => `image "${p.file}" is too large (${p.size}); the limit for a photo file is ${p.limit}`,
    zh: (p) => `图片“${p.file}”过大（${p.size}），图片文件上限为 ${p.limit}`,
  },
  'photo-too-many-pixels': {
    en: (p) => `image "${p.file}" is ${p.width} × ${p.height} pixels (${p.megapixels} megapixels); the limit is ${p.limit} megapixels`,
    zh: (p) => `图片“${p.file}”为 ${p.width} × ${p.height} 像素（${p.megapixels} 百万像素），上限为 ${p.limit} 百万像素`,
  },
  'photo-damaged': { en: (p) => `cannot use image "${p.file}": ${damage(p, 'en')}`, zh: (p) => `无法使用图片“${p.file}”：${damage(p, 'zh')}` },
  'font-unreadable': { en: (p) => `cannot read font file ${p.file}: ${readReason(p, 'en')}`, zh: (p) => `无法读取字体文件 ${p.file}：${readReason(p, 'zh')}` },
  'series-is-issue': {
    en: (p) => `${p.series} is an issue (it has \`columns:\`), not a series file`,
    zh: (p) => `${p.series} 是一期简报（含有 \`columns:\`），不是系列文件`,
  },
  'series-is-self': { en: () => 'an issue cannot be its own series file', zh: () => '简报文件不能把自己作为系列文件' },
  'footer-too-long': {
    en: (p) => `the distribution footer (版记) takes ${p.rows} lines, more than the ${p.max} of a page: its first lines would be lost`,
    zh: (p) => `版记共 ${p.rows} 行，超过一页的 ${p.max} 行，前面几行会印不出来`,
  },
  'photo-too-tall': {
    en: (p) => `this photo with its caption takes ${p.rows} lines, more than the ${p.max} of a page, even with the photo at its smallest: shorten the caption`,
    zh: (p) => `该图片连同图注共需 ${p.rows} 行，即使图片缩到最小也超过一页的 ${p.max} 行，请缩短图注`,
  },
  'control-char': {
    en: (p) => `an invisible control character (${p.code}) is in this text: it cannot be printed`,
    zh: (p) => `这段文字中有不可见的控制字符（${p.code}），无法印刷`,
  },
  'hint-control-char': { en: () => 'delete it (it usually comes with text pasted from another program)', zh: () => '请删除它（通常是从其他程序粘贴文字时带入的）' },
  'file-utf32': { en: () => 'the file is in UTF-32; bulletin reads UTF-8', zh: () => '文件是 UTF-32 编码，bulletin 只读取 UTF-8' },
  'hint-photo-pixels': {
    en: () => 'scale the photo down (3000 pixels across print well), or raise the limit with `photos: { maxMegapixels: N }` in the series file',
    zh: () => '请缩小图片（横向 3000 像素即可清晰印刷），或在系列文件中用 `photos: { maxMegapixels: N }` 提高上限',
  },
  'hint-photo-resave': { en: () => 'open the photo in an image editor and save it again as JPEG or PNG', zh: () => '请用图片编辑软件打开该图片，重新保存为 JPEG 或 PNG' },
  'hint-series-is-issue': { en: () => 'name the shared series file (usually bulletin.yaml), or remove `series:`', zh: () => '请写共用的系列文件（通常是 bulletin.yaml），或删去 `series:`' },
} satisfies Record<string, Entry>;
