/**
 * Word contributions built with the `docx` package — real .docx files, as Word writes them — with
 * the faults that pasting brings, and the text each paragraph must read after the import mends it,
 * written out by hand (not computed by the normaliser under test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { ROOT } from './helpers.js';

const photo = (name: string) => readFileSync(path.join(ROOT, 'issues', 'photos', name));
const image = (name: string, w: number, h: number) => new ImageRun({ type: 'jpg', data: photo(name), transformation: { width: w, height: h } });
const centred = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] });
const para = (...runs: (string | TextRun)[]) => new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });

/** The contribution's title, as the import must write it. */
export const TITLE = '省科协召开党史学习教育阶段工作汇报会';

/** Each body paragraph, sub-heading and caption as the contributor pasted it, and as it must come out. */
export const PASTED = {
  indentAndHalfWidth: {
    word: '\u3000\u30007月14日上午, 省科协召开党史学习教育阶段工作汇报会.会议强调:要把学习成果转化为实际行动!',
    clean: '7月14日上午，省科协召开党史学习教育阶段工作汇报会。会议强调：要把学习成果转化为实际行动！',
  },
  spacesAndInvisible: {
    word: '全体人员表示要学史增信、 学史崇德，\u00A0学史力行，\u200B以实际行动向党的百年华诞献礼。',
    clean: '全体人员表示要学史增信、学史崇德，学史力行，以实际行动向党的百年华诞献礼。',
  },
  quotes: {
    word: '扎实做好"后半篇文章"，完成"规定动作"，创新\'自选动作\'。',
    clean: '扎实做好“后半篇文章”，完成“规定动作”，创新‘自选动作’。',
  },
  dashAndEllipsis: {
    word: '红歌传唱—歌颂党的百年光辉历程…在中原大地掀起了红色浪潮(见下图).',
    clean: '红歌传唱——歌颂党的百年光辉历程……在中原大地掀起了红色浪潮（见下图）。',
  },
  latin: {
    word: '活动以网络接续推送红歌传唱 MV  视频的方式进行, Music Video 共15个.',
    // Spaces beside Latin words are the typesetter's (it sets its own quarter-em there); two become one.
    clean: '活动以网络接续推送红歌传唱 MV 视频的方式进行，Music Video 共15个。',
  },
} as const;

/** A paragraph with a manual line break (Shift+Enter) in the middle. */
export const BROKEN = { first: '谈朗玉认真听取了工作汇报，', second: '详细了解了开展情况。', clean: '谈朗玉认真听取了工作汇报，详细了解了开展情况。' };
/** A paragraph with bold words: they become **…** (黑体 in print). */
export const BOLD = { before: '会议要求，', bold: '要把学习成果转化为实际行动', after: '。', yaml: '会议要求，**要把学习成果转化为实际行动**。' };

export const SUBHEADINGS = [
  { word: '一、提高政治站位', clean: '一、提高政治站位' },
  { word: '(一)紧跟部署要求', clean: '（一）紧跟部署要求' },
  { word: '二、尽快查遗补漏', clean: '二、尽快查遗补漏' },
] as const;
export const CAPTIONS = ['图1 汇报会现场', '红歌快闪视频截图'] as const;
export const SOURCE = '漯河市科协';

/**
 * Word paragraph numbers (1-based, as the import reports them): the title is 1, then in order.
 * The table is element 11; the photos are paragraphs 7 and 13.
 */
export async function writeContribution(file: string): Promise<void> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(TITLE)] }), // 1
          para(PASTED.indentAndHalfWidth.word), // 2
          new Paragraph({ children: [new TextRun(BROKEN.first), new TextRun({ text: BROKEN.second, break: 1 })] }), // 3
          para(SUBHEADINGS[0].word), // 4
          para(PASTED.spacesAndInvisible.word), // 5
          para(BOLD.before, new TextRun({ text: BOLD.bold, bold: true }), BOLD.after), // 6
          new Paragraph({ alignment: AlignmentType.CENTER, children: [image('meeting.jpg', 480, 300)] }), // 7
          centred(CAPTIONS[0]), // 8
          para(SUBHEADINGS[1].word), // 9
          para(PASTED.quotes.word), // 10
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [para('单位')] }), new TableCell({ children: [para('人数')] })] }),
              new TableRow({ children: [new TableCell({ children: [para('洛阳市科协')] }), new TableCell({ children: [para('15')] })] }),
            ],
          }), // 11
          para(SUBHEADINGS[2].word), // 12
          new Paragraph({ alignment: AlignmentType.CENTER, children: [image('choir.jpg', 400, 280)] }), // 13
          centred(CAPTIONS[1]), // 14
          para(PASTED.dashAndEllipsis.word), // 15
          para(PASTED.latin.word), // 16
          para(''), // 17: an empty paragraph, as Word documents have
          para(`（${SOURCE}）`), // 18
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}
