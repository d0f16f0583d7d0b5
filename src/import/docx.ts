/**
 * A .docx contribution read with mammoth. Not its HTML: the document model mammoth reads (through
 * `transformDocument`) keeps what HTML loses and recognition needs — each paragraph's style name,
 * its alignment (centred titles and captions), bold runs, manual line breaks, images with their
 * bytes, tables, and Word's automatic numbering.
 */
import mammoth from 'mammoth';
import type { Block, Contribution, Run } from './blocks.js';

/** The parts of mammoth's document model read here (its documents.js). */
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleName?: string | null;
  alignment?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  breakType?: string;
  contentType?: string;
  altText?: string;
  readAsBuffer?: () => Promise<Buffer>;
}

/** Reads the docx and hands back its document model (the HTML mammoth would make is not used). */
async function documentOf(file: string): Promise<{ root: MNode; messages: string[] }> {
  let root: MNode | undefined;
  const result = await mammoth.convertToHtml(
    { path: file },
    {
      transformDocument: (doc: MNode) => {
        root = doc;
        return doc;
      },
    },
  );
  if (!root) throw new Error('mammoth read no document');
  return { root, messages: result.messages.map((m) => m.message) };
}

function textOf(node: MNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return ' ';
  if (node.type === 'break') return '\n';
  if (node.type === 'paragraph') return `${(node.children ?? []).map(textOf).join('')}\n`;
  return (node.children ?? []).map(textOf).join('');
}

/** A paragraph's runs and images, in order. */
function walkParagraph(node: MNode, bold: boolean, runs: Run[], photos: MNode[], others: string[]): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'text':
        runs.push({ text: child.value ?? '', bold });
        break;
      case 'tab':
        runs.push({ text: ' ', bold });
        break;
      case 'break':
        // A line break joins; page and column breaks are only layout in Word.
        if (child.breakType === 'line') runs.push({ text: '\n', bold });
        break;
      case 'image':
        photos.push(child);
        break;
      case 'run':
        walkParagraph(child, child.isBold === true, runs, photos, others);
        break;
      case 'hyperlink':
        walkParagraph(child, bold, runs, photos, others);
        break;
      case 'noteReference':
        others.push('footnote');
        break;
      case 'checkbox':
        others.push('checkbox');
        break;
      default:
        // Bookmarks and comment marks carry nothing to print.
        if (child.children) walkParagraph(child, bold, runs, photos, others);
    }
  }
}

export async function readDocx(file: string): Promise<Contribution> {
  const { root, messages } = await documentOf(file);
  const blocks: Block[] = [];
  let n = 0;
  for (const node of root.children ?? []) {
    n++;
    if (node.type === 'table') {
      const rows = (node.children ?? []).filter((r) => r.type === 'tableRow');
      const cols = Math.max(0, ...rows.map((r) => (r.children ?? []).length));
      const text = rows.map((r) => (r.children ?? []).map((c) => textOf(c).trim().replace(/\n+/gu, ' ')).join(' | ')).join(' / ');
      blocks.push({ kind: 'table', n, rows: rows.length, cols, text });
      continue;
    }
    if (node.type !== 'paragraph') {
      blocks.push({ kind: 'other', n, what: node.type, text: textOf(node).trim() });
      continue;
    }
    const runs: Run[] = [];
    const photos: MNode[] = [];
    const others: string[] = [];
    walkParagraph(node, false, runs, photos, others);
    const hasText = runs.some((r) => r.text.trim() !== '');
    if (hasText || photos.length === 0) {
      blocks.push({
        kind: 'text',
        n,
        runs,
        ...(node.styleName ? { style: node.styleName } : {}),
        centred: node.alignment === 'center',
        ...(node.numbering ? { autoNumbered: true } : {}),
      });
    }
    for (const photo of photos) {
      const bytes = photo.readAsBuffer ? await photo.readAsBuffer() : Buffer.alloc(0);
      blocks.push({ kind: 'photo', n, bytes, contentType: photo.contentType ?? '', ...(photo.altText ? { alt: photo.altText } : {}) });
    }
    for (const what of others) blocks.push({ kind: 'other', n, what, text: '' });
  }
  return { file, blocks, notes: messages };
}
