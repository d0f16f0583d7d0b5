/**
 * A folder of test fonts standing in for the office fonts, named as the real ones are:
 * 仿宋_GB2312 (a TrueType font, 256 units per em, its em box not 880/−120 like Fandol's), 黑体 (a
 * renamed FandolHei OTF), 楷体_GB2312, 宋体 (a .ttc of 宋体 and 新宋体, like simsun.ttc) and
 * 方正小标宋简体. The TrueType ones carry only the characters of the repository's issues.
 *
 *   npx tsx tests/fonts-standins.ts DIR     writes them into DIR (for `bulletin fonts --font-path DIR`)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FONT_DIR } from '../src/fonts/bundled.js';
import { openFace } from '../src/fonts/face.js';
import { makeCollection, makeTrueType, renameFont } from './fonts-make.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every character of the repository's issue files, ASCII and the common punctuation. */
export function issueCharacters(): string {
  const dir = path.join(ROOT, 'issues');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('');
  let ascii = '';
  for (let cp = 0x20; cp < 0x7f; cp++) ascii += String.fromCodePoint(cp);
  return `${text}${ascii}—…“”‘’（）《》【】〔〕、，。；：？！·　`;
}

const bundled = (name: string) => path.join(BUNDLED_FONT_DIR, name);

/** Writes the stand-ins into `dir`; returns the file names written. */
export function writeStandIns(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const chars = issueCharacters();
  const fang = openFace(bundled('FandolFang-Regular.otf'));
  const song = openFace(bundled('FandolSong-Regular.otf'));
  const files: Record<string, Buffer> = {
    'FANGSONG_GB2312.TTF': makeTrueType({
      names: { family: 'FangSong_GB2312', familyZh: '仿宋_GB2312', postscript: 'FangSong_GB2312' },
      unitsPerEm: 256,
      ascender: 220,
      descender: -36,
      chars,
      model: fang,
    }),
    'simhei.otf': renameFont(readFileSync(bundled('FandolHei-Regular.otf')), { family: 'SimHei', familyZh: '黑体', postscript: 'SimHei' }),
    'KAITI_GB2312.TTF': makeTrueType({
      names: { family: 'KaiTi_GB2312', familyZh: '楷体_GB2312', postscript: 'KaiTi_GB2312' },
      unitsPerEm: 1024,
      ascender: 900,
      descender: -124,
      chars,
      model: openFace(bundled('FandolKai-Regular.otf')),
    }),
    'simsun.ttc': makeCollection(
      [
        { family: 'SimSun', familyZh: '宋体', postscript: 'SimSun' },
        { family: 'NSimSun', familyZh: '新宋体', postscript: 'NSimSun' },
      ].map((names) => makeTrueType({ names, unitsPerEm: 256, ascender: 220, descender: -36, chars, model: song })),
    ),
    'FZXBSJW.TTF': makeTrueType({
      names: { family: 'FZXiaoBiaoSong-B05S', familyZh: '方正小标宋简体', postscript: 'FZXBSJW--GB1-0' },
      unitsPerEm: 1000,
      ascender: 859,
      descender: -141,
      chars,
      model: song,
    }),
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  return Object.keys(files);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npx tsx tests/fonts-standins.ts DIR\n');
    process.exit(2);
  }
  process.stdout.write(`${writeStandIns(dir).map((f) => path.join(dir, f)).join('\n')}\n`);
}
