/**
 * `bulletin fonts --list`: the Chinese font families installed on this machine (in --font-path,
 * $BULLETIN_FONT_PATH and the system's font folders) — those whose OS/2 table declares Chinese —
 * each with its Chinese names, its faces and their files: what a series file can name in `fonts:`.
 */
import path from 'node:path';
import { message, type Lang } from '../diagnostics/messages.js';
import { FontIndex, type ResolveOptions } from '../fonts/resolve.js';
import type { FoundFace } from '../fonts/scan.js';
import { declaresChinese } from '../fonts/sfnt.js';

export interface ListedFamily {
  family: string;
  /** Its names in Chinese (from the name table), as a series file may write them. */
  chinese: string[];
  faces: { file: string; face?: string; style: string }[];
}

const HAN = /\p{Script=Han}/u;

/** The installed faces that declare Chinese, grouped by their (English) family name. */
export function chineseFamilies(faces: readonly FoundFace[], isChinese: (f: FoundFace) => boolean = (f) => declaresChinese(f.file, f.index)): ListedFamily[] {
  const byFamily = new Map<string, ListedFamily>();
  for (const f of faces) {
    if (!f.families.length || !(f.families.some((n) => HAN.test(n)) || isChinese(f))) continue;
    const family = f.families.find((n) => !HAN.test(n)) ?? f.families[0]!;
    const entry = byFamily.get(family) ?? { family, chinese: [], faces: [] };
    for (const n of [...f.families, ...f.fullNames]) if (HAN.test(n) && !entry.chinese.includes(n)) entry.chinese.push(n);
    entry.faces.push({ file: f.file, ...(f.collection ? { face: f.postscriptName } : {}), style: f.styles[0] ?? '' });
    byFamily.set(family, entry);
  }
  return [...byFamily.values()].sort((a, b) => a.family.localeCompare(b.family, 'en'));
}

export function listFonts(opts: ResolveOptions, format: string, lang: Lang): void {
  const index = FontIndex.scan(opts);
  const families = chineseFamilies(index.installed);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ searched: index.dirs, families }, null, 2)}\n`);
    return;
  }
  const out = [message({ id: 'fonts-list-searched', params: { dirs: index.dirs.join(', ') || '-' } }, lang), ''];
  if (!families.length) out.push(message({ id: 'fonts-list-none', params: {} }, lang));
  for (const f of families) {
    out.push(`${f.family}${f.chinese.length ? ` (${f.chinese.join(', ')})` : ''}`);
    for (const face of f.faces) out.push(`  ${face.style.padEnd(10)} ${path.normalize(face.file)}${face.face ? `#${face.face}` : ''}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
