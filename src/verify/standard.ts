/**
 * The page the verifier measures against: GB/T 9704-2012 clause 5, written out here rather than
 * taken from the layout's own geometry (src/page/geometry.ts), so that a change there — 23 lines, 27
 * characters, another margin — makes built PDFs fail verification instead of moving the verifier
 * along with the layout.
 */
import type { PageGeometry } from '../page/geometry.js';

export const GB_T_9704: PageGeometry = {
  pageWidth: 210, // A4
  pageHeight: 297,
  blockLeft: 28, // 订口 28 mm ± 1
  blockTop: 37, // 天头 37 mm ± 1
  blockWidth: 156, // 版心 156 × 225 mm
  blockHeight: 225,
  linesPerPage: 22, // 每页 22 行
  charsPerLine: 28, // 每行 28 字
  bodySize: 16, // 3号 仿宋
};
