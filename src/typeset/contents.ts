/**
 * The contents list (本期要目) under the masthead: its label centred in 黑体, then one entry per
 * article title in 楷体, each behind a ◆ and half an em of space, wrapped lines hanging under the title's first character.
 * The list stays together and on the grid.
 */
import type { Grid } from '../page/geometry.js';
import type { Frame } from './frame.js';
import type { Styles } from './context.js';
import { typesetText } from './textblock.js';
import { normaliseSpaces, written } from './boxes.js';
import type { SourcePath } from '../compose/blocks.js';

export const CONTENTS_LABEL = '本期要目';
export const CONTENTS_MARK = '◆';
/** The space after the ◆, in body characters: a typed half-em space. */
const MARK_GAP = 0.5;

/** `paths`: where each title was written; `path`: the contents list's own setting. */
export function typesetContents(titles: string[], s: Pick<Styles, 'kai' | 'heading'>, grid: Grid, paths: SourcePath[] = [], path: SourcePath = []): Frame[] {
  const frames = typesetText([{ text: CONTENTS_LABEL, style: s.heading, source: { path } }], s.heading, grid, { kind: 'contents', align: 'center', role: 'contents' });
  titles.forEach((title, i) => {
    // The ◆ fills its em, so half an em of space stands between it and the title (wrapped lines
    // still hang under the title's first character, on the grid).
    const spans = written(paths[i] ?? path, [
      { text: `${CONTENTS_MARK} `, style: s.heading },
      { text: normaliseSpaces(title), style: s.kai },
    ]);
    frames.push(...typesetText(spans, s.kai, grid, { kind: 'contents', left: 3, right: 2, first: -1 - MARK_GAP, role: 'contents' }));
  });
  return frames;
}
