/**
 * Photos in the Word file: inline pictures (they move with the text, as Word users expect), centred,
 * with their captions in 楷体 below. Two or three photos of a row share one height and stand in a
 * borderless table, each caption under its photo. Widths are those the PDF uses.
 */
import { readFileSync } from 'node:fs';
import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { ContentBlock } from '../../compose/content.js';
import type { PhotoCatalog } from '../../compose/photos.js';
import { GBT9704 } from '../../page/geometry.js';
import { widthMm } from '../../typeset/image.js';
import { STYLE } from './styles.js';
import { twips } from './units.js';

type ImageBlock = Extract<ContentBlock, { kind: 'image' }>;

/** A photo may take at most this much of the block's height, mm (room for its caption lines). */
const MAX_HEIGHT_MM = GBT9704.blockHeight * 0.8;
/** One character between the photos of a row, mm. */
const GAP_MM = GBT9704.blockWidth / GBT9704.charsPerLine;

/** docx sizes pictures in pixels at 96 to the inch. */
const px = (mm: number) => Math.round((mm / 25.4) * 96);

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

export function photoChildren(block: ImageBlock, photos: PhotoCatalog | undefined): FileChild[] {
  const infos = block.photos.map((p) => {
    const info = photos?.get(p.file);
    if (!info) throw new Error(`image "${p.file}" was not read before rendering`);
    return info;
  });
  const aspects = infos.map((i) => i.width / i.height);
  const gaps = GAP_MM * (infos.length - 1);
  const height = Math.min(MAX_HEIGHT_MM, (widthMm(block.width, infos.length, GBT9704.blockWidth) - gaps) / aspects.reduce((a, b) => a + b, 0));
  const pictures = infos.map(
    (info, i) =>
      new ImageRun({
        type: info.format === 'jpeg' ? 'jpg' : 'png',
        data: readFileSync(info.file),
        transformation: { width: px(aspects[i]! * height), height: px(height) },
        altText: { name: block.photos[i]!.caption ?? block.photos[i]!.file, description: block.photos[i]!.caption ?? '', title: block.photos[i]!.caption ?? '' },
      }),
  );
  const caption = (i: number) => new Paragraph({ style: STYLE.caption, keepLines: true, children: block.photos[i]!.caption ? [new TextRun(block.photos[i]!.caption!)] : [] });
  if (pictures.length === 1) {
    return [new Paragraph({ style: STYLE.photo, children: [pictures[0]!] }), ...(block.photos[0]!.caption ? [caption(0)] : [])];
  }
  const widths = aspects.map((a) => twips(a * height + GAP_MM));
  const cells = (make: (i: number) => Paragraph) => pictures.map((_, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: NO_BORDERS, children: [make(i)] }));
  return [
    new Table({
      alignment: AlignmentType.CENTER,
      borders: NO_BORDERS,
      columnWidths: widths,
      rows: [
        new TableRow({ cantSplit: true, children: cells((i) => new Paragraph({ style: STYLE.photo, children: [pictures[i]!] })) }),
        ...(block.photos.some((p) => p.caption) ? [new TableRow({ cantSplit: true, children: cells(caption) })] : []),
      ],
    }),
  ];
}
