/**
 * Page pictures an earlier build left beyond this one's last page (the issue got shorter): they
 * would pass for pages of this issue, so they go. Only our own names, `base-N.png`, counting on
 * from the last page written until one is missing.
 */
import { existsSync, rmSync } from 'node:fs';

export function removeLeftoverPages(base: string, pages: number): string[] {
  const removed: string[] = [];
  for (let n = pages + 1; existsSync(`${base}-${n}.png`); n++) {
    rmSync(`${base}-${n}.png`, { force: true });
    removed.push(`${base}-${n}.png`);
  }
  return removed;
}
