/** Warnings about laid-out photos: one that would print below 150 dpi at its size looks blurred. */
import type { LoadedIssue } from '../load/issue.js';
import { locate } from '../load/locate.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ImageBox, LaidOutDocument } from '../page/display.js';

export const MIN_DPI = 150;

export function lowResolutionPhotos(document: LaidOutDocument, min = MIN_DPI): ImageBox[] {
  return document.pages.flatMap((p) => p.items.filter((i): i is ImageBox => i.type === 'image' && i.dpi < min));
}

export function photoWarnings(loaded: LoadedIssue, document: LaidOutDocument): Diagnostic[] {
  return lowResolutionPhotos(document).map((img) => {
    const needed = Math.ceil((img.width / 25.4) * MIN_DPI);
    return locate(
      loaded,
      img.path,
      `photo would print at ${Math.round(img.dpi)} dpi (${img.pixelWidth} pixels across ${img.width.toFixed(0)} mm); below ${MIN_DPI} dpi it looks blurred`,
      { severity: 'warning', hint: `use a photo at least ${needed} pixels wide, or print it smaller (width:)` },
    );
  });
}
