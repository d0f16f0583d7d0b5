/**
 * The layout context: everything the typesetter and the page breaker need to know about an issue
 * besides its blocks — the grid, the faces, the settings, the text styles made from them, the page
 * number's style, the photos' pixel sizes — resolved once per issue and passed as one value.
 */
import { DEFAULT_SETTINGS, type Settings } from '../compose/blocks.js';
import type { PhotoCatalog } from '../compose/photos.js';
import type { FontSet } from '../fonts/fontset.js';
import { gridOf, type Grid } from '../page/geometry.js';
import { ZIHAO } from '../page/units.js';
import { NAME_MAX_PT } from './masthead.js';
import { CoverageSink } from './coverage.js';
import { styleOf, type TextStyle } from './style.js';

export interface Styles {
  body: TextStyle;
  heading: TextStyle;
  title: TextStyle;
  footer: TextStyle;
  mastheadName: TextStyle;
  mastheadLine: TextStyle;
  marks: TextStyle;
  /** 楷体 on the body grid: notes, quotations, sources, 本期要目. */
  kai: TextStyle;
  /** Photo captions: 4号 楷体. */
  caption: TextStyle;
  /** Page numbers (页码): 4号 in the page-number face. */
  folio: TextStyle;
}

export interface LayoutContext {
  grid: Grid;
  fonts: FontSet;
  settings: Settings;
  styles: Styles;
  /** The pixel sizes of the photos (compose/photos.ts readPhotos). */
  photos: PhotoCatalog;
  /** Where the typesetter reports characters of the text set by a fallback face or by none. */
  coverage: CoverageSink;
}

/** The standard's sizes: body and headings 3号 on the grid pitch, titles 2号, footer and page numbers 4号. */
export function stylesFor(fonts: FontSet, grid: Grid, settings: Pick<Settings, 'hanLatinSpace'> = DEFAULT_SETTINGS, coverage?: CoverageSink): Styles {
  const space = settings.hanLatinSpace;
  const styles: Styles = {
    body: styleOf(fonts.body, 'body', grid.bodySize, grid.charPitch, space),
    heading: styleOf(fonts.heading, 'heading', grid.bodySize, grid.charPitch, space),
    title: styleOf(fonts.title, 'title', ZIHAO.二号, ZIHAO.二号, space),
    footer: styleOf(fonts.footer, 'footer', ZIHAO.四号, ZIHAO.四号, space),
    mastheadName: styleOf(fonts.masthead, 'masthead', NAME_MAX_PT, NAME_MAX_PT, space),
    mastheadLine: styleOf(fonts.body, 'body', ZIHAO.三号, ZIHAO.三号, space),
    marks: styleOf(fonts.heading, 'heading', ZIHAO.三号, ZIHAO.三号, space),
    kai: styleOf(fonts.kai, 'kai', grid.bodySize, grid.charPitch, space),
    caption: styleOf(fonts.kai, 'kai', ZIHAO.四号, ZIHAO.四号, space),
    folio: styleOf(fonts.pageNumber, 'pageNumber', ZIHAO.四号, ZIHAO.四号, space),
  };
  if (coverage) for (const style of Object.values(styles)) style.coverage = coverage;
  return styles;
}

export function layoutContext(fonts: FontSet, settings: Settings = DEFAULT_SETTINGS, opts: { grid?: Grid; photos?: PhotoCatalog; coverage?: CoverageSink } = {}): LayoutContext {
  const grid = opts.grid ?? gridOf();
  const coverage = opts.coverage ?? new CoverageSink();
  return { grid, fonts, settings, styles: stylesFor(fonts, grid, settings, coverage), photos: opts.photos ?? new Map(), coverage };
}
