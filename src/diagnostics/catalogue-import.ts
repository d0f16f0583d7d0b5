/** Messages of `bulletin import`: what it did to a contribution, and why it could not. */
import type { Entry, Params } from './words.js';

/** What a normalisation rule did, in words (the `rule` parameter of import-change). */
const RULES: Record<string, { en: string; zh: string }> = {
  invisible: { en: 'removed an invisible character', zh: '删除不可见字符' },
  nbsp: { en: 'non-breaking space made a plain space', zh: '不换行空格改为普通空格' },
  'line-break': { en: 'joined a manual line break', zh: '合并段内手动换行' },
  indent: { en: 'removed indent spaces', zh: '删除段首缩进空格' },
  trailing: { en: 'removed trailing spaces', zh: '删除段尾空格' },
  space: { en: 'removed a space in Chinese text', zh: '删除中文中的空格' },
  'half-width': { en: 'half-width punctuation made full width', zh: '半角标点改为全角' },
  quotes: { en: 'straight quote made “ ” ‘ ’', zh: '直引号改为弯引号' },
  dash: { en: 'dash made whole (——)', zh: '破折号补全为“——”' },
  ellipsis: { en: 'ellipsis made whole (……)', zh: '省略号补全为“……”' },
};
const rule = (p: Params, lang: 'en' | 'zh') => RULES[String(p.rule)]?.[lang] ?? String(p.rule);
/** 1 photo, 2 photos. */
const n = (count: unknown, word: string) => `${String(count)} ${word}${Number(count) === 1 ? '' : 's'}`;
const para = (p: Params, lang: 'en' | 'zh') => (lang === 'en' ? `¶${p.n}` : `第${p.n}段`);

export const IMPORT_MESSAGES = {
  'import-done': {
    en: (p) => `${p.file}: imported ${p.source} as article ${p.article} of column ${p.column}${p.newColumn ? ' (a new column)' : ''}`,
    zh: (p) => `${p.file}：已将 ${p.source} 导入栏目“${p.column}”${p.newColumn ? '（新栏目）' : ''}，为其第 ${p.article} 篇`,
  },
  'import-created': { en: (p) => `${p.file}: created issue ${p.number} from ${p.from}`, zh: (p) => `${p.file}：已根据 ${p.from} 新建第${p.number}期` },
  'import-title': { en: (p) => `  ${para(p, 'en')} title: ${p.text}`, zh: (p) => `  ${para(p, 'zh')} 标题：${p.text}` },
  'import-no-title': { en: () => '  no title recognised: the article has paragraphs only (add `title:` if it needs one)', zh: () => '  未识别出标题：文章只有段落（如需标题请加 `title:`）' },
  'import-counts': {
    en: (p) => `  ${n(p.paragraphs, 'paragraph')}, ${n(p.subheadings, 'sub-heading')}, ${n(p.photos, 'photo')}, ${n(p.sources, 'source line')}, ${n(p.notes, "editor's note")}`,
    zh: (p) => `  正文 ${p.paragraphs} 段，小标题 ${p.subheadings} 个，图片 ${p.photos} 张，来源 ${p.sources} 处，编者按 ${p.notes} 处`,
  },
  'import-subheading': { en: (p) => `  ${para(p, 'en')} sub-heading: ${p.text}`, zh: (p) => `  ${para(p, 'zh')} 小标题：${p.text}` },
  'import-note': { en: (p) => `  ${para(p, 'en')} editor's note (编者按)`, zh: (p) => `  ${para(p, 'zh')} 编者按` },
  'import-source': { en: (p) => `  ${para(p, 'en')} source line: （${p.text}）`, zh: (p) => `  ${para(p, 'zh')} 来源：（${p.text}）` },
  'import-photo': {
    en: (p) => `  ${para(p, 'en')} photo → ${p.file}${p.reused ? ' (already there, same photo)' : ''}${p.captionN ? `, caption ¶${p.captionN}: ${p.caption}` : p.caption ? `, caption: ${p.caption}` : ', no caption'}`,
    zh: (p) => `  ${para(p, 'zh')} 图片 → ${p.file}${p.reused ? '（已存在相同图片）' : ''}${p.captionN ? `，图注为第${p.captionN}段：${p.caption}` : p.caption ? `，图注：${p.caption}` : '，无图注'}`,
  },
  'import-change': { en: (p) => `  ${para(p, 'en')} ${rule(p, 'en')}: ${p.before} → ${p.after}`, zh: (p) => `  ${para(p, 'zh')} ${rule(p, 'zh')}：${p.before} → ${p.after}` },
  'import-changes-none': { en: () => '  the text needed no changes', zh: () => '  文字无需修改' },
  'import-changes-count': { en: (p) => `  ${p.count} changes to the text:`, zh: (p) => `  文字修改 ${p.count} 处：` },
  // Problems: printed as warnings, the rest of the contribution is imported.
  'import-photo-bad': { en: (p) => `${para(p, 'en')}: a photo was not imported: ${p.reason}`, zh: (p) => `${para(p, 'zh')}：图片未导入：${p.reason}` },
  'import-table': {
    en: (p) => `${para(p, 'en')}: a table (${p.rows} rows × ${p.cols} columns) was not imported: retype it as paragraphs, or insert it as a photo. Its text: ${p.text}`,
    zh: (p) => `${para(p, 'zh')}：表格（${p.rows} 行 × ${p.cols} 列）未导入：请改写为段落，或作为图片插入。其文字：${p.text}`,
  },
  'import-other': { en: (p) => `${para(p, 'en')}: ${p.what} was not imported${p.text ? `: ${p.text}` : ''}`, zh: (p) => `${para(p, 'zh')}：${p.what}未导入${p.text ? `：${p.text}` : ''}` },
  'import-auto-numbered': {
    en: (p) => `${para(p, 'en')}: Word numbered this paragraph automatically, and the number is not part of its text: type the number in (${p.text})`,
    zh: (p) => `${para(p, 'zh')}：此段使用了 Word 自动编号，编号不在文字中，请手动补上编号（${p.text}）`,
  },
  'import-reader-note': { en: (p) => `the Word reader skipped something it cannot read: ${p.detail}`, zh: (p) => `Word 读取时跳过了无法识别的内容：${p.detail}` },
  'import-left-out-comment': { en: (p) => `source ¶${p.n}: ${p.what} not imported (see the import's report)`, zh: (p) => `原文第${p.n}段：${p.what}未导入（见导入时的说明）` },
  'import-from-comment': { en: (p) => `imported from ${p.source}`, zh: (p) => `导入自 ${p.source}` },
  'import-warning': { en: (p) => `warning: ${p.detail}`, zh: (p) => `警告：${p.detail}` },
  // Refusals (nothing is written).
  'import-unsupported': { en: (p) => `cannot import ${p.file}: give a .docx, .md or .txt file`, zh: (p) => `无法导入 ${p.file}：请提供 .docx、.md 或 .txt 文件` },
  'import-unreadable': { en: (p) => `cannot read ${p.file}: ${p.reason}`, zh: (p) => `无法读取 ${p.file}：${p.reason}` },
  'import-empty': { en: (p) => `${p.file} holds no paragraph to import`, zh: (p) => `${p.file} 中没有可导入的段落` },
  'import-no-column': { en: (p) => `${p.file} has no column to add the article to: name one with --column <heading>`, zh: (p) => `${p.file} 中没有可加入文章的栏目：请用 --column <栏目名> 指定` },
  'import-no-template': {
    en: (p) => `${p.file} does not exist, and there is neither an issue nor ${p.series} beside it to start it from`,
    zh: (p) => `${p.file} 不存在，且旁边既没有已有的一期，也没有 ${p.series}，无法新建`,
  },
  'import-invalid-yaml': { en: (p) => `${p.file} is not valid YAML: ${p.detail}`, zh: (p) => `${p.file} 不是有效的 YAML：${p.detail}` },
} satisfies Record<string, Entry>;
