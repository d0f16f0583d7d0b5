/**
 * A content kind is declared once, in the model's CONTENT_KINDS. Each layer that handles kinds
 * keeps a typed map (so the compiler names a missing entry); this checks the maps at run time too:
 * the schema reads each kind, compose has exactly those kinds, and the blocks they make are exactly
 * the typesetter's and the Word renderer's kinds beyond the bulletin's fixed parts.
 */
import { describe, expect, it } from 'vitest';
import { COMPOSERS, contentBlock } from '../src/compose/content.js';
import { CONTENT_KINDS, kindOf, ParagraphItemSchema, type ContentKind } from '../src/model/content.js';
import { DOCX_BLOCKS } from '../src/render/docx/blocks.js';
import { SETTERS } from '../src/typeset/index.js';

/** One mapping of each kind as an author writes it in YAML. */
const SAMPLES: Record<ContentKind, unknown> = {
  image: { image: 'photos/a.jpg', caption: '会场' },
  images: { images: [{ image: 'photos/a.jpg' }, { image: 'photos/b.jpg' }] },
  note: { note: '本期刊发。' },
  source: { source: '漯河市科协' },
  subheading: { subheading: '一、总体情况' },
  quote: { quote: '学而时习之。' },
};

/** Blocks that come from the fixed parts, not from an article's paragraph list. */
const FIXED_BLOCKS = ['masthead', 'heading', 'title', 'paragraph', 'footer', 'contents'];

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('content kinds, declared once in the model', () => {
  it('every kind has a sample here, so each is checked below', () => {
    expect(sorted(Object.keys(SAMPLES))).toEqual(sorted(CONTENT_KINDS));
  });

  it('compose has a composer for exactly the model’s kinds', () => {
    expect(sorted(Object.keys(COMPOSERS))).toEqual(sorted(CONTENT_KINDS));
  });

  it.each(CONTENT_KINDS.map((k) => [k]))('%s: read by the schema, composed into the block its composer declares, set and rendered', (kind) => {
    const item = ParagraphItemSchema.parse(SAMPLES[kind]);
    if (typeof item === 'string') throw new Error('a mapping read as text');
    expect(kindOf(item)).toBe(kind);
    const block = contentBlock(item, ['columns', 0, 'articles', 0, 'paragraphs', 0]);
    expect(block.kind).toBe(COMPOSERS[kind].block);
    expect(Object.keys(SETTERS)).toContain(block.kind);
    expect(Object.keys(DOCX_BLOCKS)).toContain(block.kind);
  });

  it('the typesetter and the Word renderer each handle exactly the fixed blocks and the blocks the kinds make', () => {
    const expected = sorted([...FIXED_BLOCKS, ...CONTENT_KINDS.map((k) => COMPOSERS[k].block)]);
    expect(sorted(Object.keys(SETTERS))).toEqual(expected);
    expect(sorted(Object.keys(DOCX_BLOCKS))).toEqual(expected);
  });
});
