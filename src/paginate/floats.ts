/**
 * Photos stay in their article. A photo that does not fit on what is left of a page is first set
 * smaller (its `smaller` variants, see typeset/image.ts); failing that, unless fixed, it waits for
 * the top of the next page while text of its own article flows past it — but never its article's
 * last paragraph (nor the source line after it), never another photo, nor anything of another
 * article: so the photo lands at the latest just before its article's last paragraph, and never
 * under another article's title.
 */
import type { Frame } from '../typeset/frame.js';

/**
 * For each floating photo, the index of the first frame that may not pass it while it waits (for
 * other frames, their own index + 1). A photo with nothing that may pass it does not float.
 */
export function passLimits(flow: Frame[]): number[] {
  const lastTextStart = new Map<number, number>();
  flow.forEach((f, k) => {
    if (f.article !== undefined && f.role === 'text' && f.line?.index === 0) lastTextStart.set(f.article, k);
  });
  return flow.map((f, k) => {
    if (f.role !== 'photo' || !f.float || f.article === undefined) return k + 1;
    const last = lastTextStart.get(f.article) ?? -1;
    let j = k + 1;
    while (j < flow.length && j < last && flow[j]!.article === f.article && flow[j]!.role !== 'photo') j++;
    return j;
  });
}

/** The frame to set for `frame` on a page with `room` rows left, `atTop` at the page's top; undefined if none fits. */
export function fitting(frame: Frame, room: number, atTop: boolean): Frame | undefined {
  if (atTop && frame.atPageTop && frame.atPageTop.rows <= room) return frame.atPageTop;
  if (frame.rows <= room) return frame;
  return frame.smaller?.find((s) => s.rows <= room);
}
