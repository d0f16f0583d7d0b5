/** Warnings about laid-out photos: one that would print below 150 dpi at its size looks blurred. */
import { msg } from '../diagnostics/messages.js';
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
      msg('photo-low-dpi', { dpi: Math.round(img.dpi), pixels: img.pixelWidth, mm: img.width.toFixed(0), min: MIN_DPI }),
      { severity: 'warning', hint: msg('hint-photo-dpi', { needed }) },
    );
  });
}
