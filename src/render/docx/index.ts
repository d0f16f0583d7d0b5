/**
 * `--format docx`: an editable Word file of the issue, made from the composed blocks (Word breaks
 * lines and pages itself) on the GB/T 9704 page: A4, the 156 × 225 mm block, a document grid of
 * 22 lines × 28 characters, named styles in the office fonts, page numbers as fields.
 */
import type { Renderer } from '../formats.js';
import { RenderError } from '../formats.js';
import { blockChildren } from './blocks.js';
import { imprintTable } from './imprint.js';
import { sectionProperties } from './page.js';
import { reproducible } from './reproducible.js';
import { PARAGRAPH_STYLES, STYLE, addStyleParagraphExtras } from './styles.js';
import { fontOf } from './fonts.js';
import { halfPoints } from './units.js';
import { ZIHAO } from '../../page/units.js';

type Docx = typeof import('docx');

async function loadDocx(): Promise<Docx> {
  try {
    return await import('docx');
  } catch {
    throw new RenderError('output-needs-packages', { packages: 'docx', format: 'docx' });
  }
}

export const docxRenderer: Renderer = {
  format: 'docx',
  async ready() {
    await loadDocx();
  },
  async render(source, base) {
    const { Document, Packer, Paragraph } = await loadDocx();
    const { blocks, info } = source.composition;
    const children = blocks.flatMap((b) => blockChildren(b, source.photos));
    const footer = blocks.find((b) => b.kind === 'footer');
    // A document ends with a paragraph (Word adds one after a closing table; readers expect it).
    if (footer?.kind === 'footer') children.push(imprintTable(footer.footer), new Paragraph({ style: STYLE.mastheadLine, children: [] }));
    const doc = new Document({
      title: info.title,
      subject: info.subject,
      creator: info.author,
      keywords: info.keywords,
      lastModifiedBy: info.author,
      evenAndOddHeaderAndFooters: true,
      styles: {
        default: { document: { run: { font: fontOf('body'), size: halfPoints(ZIHAO.三号), language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } },
        paragraphStyles: PARAGRAPH_STYLES,
      },
      sections: [{ ...sectionProperties(), children }],
    });
    const bytes = await Packer.toBuffer(doc);
    return [{ file: `${base}.docx`, bytes: reproducible(bytes, info.date, addStyleParagraphExtras) }];
  },
};
