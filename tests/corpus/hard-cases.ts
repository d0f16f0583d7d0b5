/**
 * Hard cases for Chinese line breaking, each with its expected lines written out. They are set as
 * body paragraphs: the first line holds 26 characters (two indented), the others 28. "国" is filler.
 * `tests/corpus/hard-cases.yaml` is the same corpus as an issue, so it can be built and its PDF
 * checked like any bulletin (kept in sync by tests/corpus.test.ts).
 */
const 国 = (n: number) => '国'.repeat(n);

export interface HardCase {
  name: string;
  text: string;
  lines: string[];
}

export const HARD_CASES: HardCase[] = [
  {
    name: 'a line-start comma is pulled up by squeezing the comma before it',
    text: `${国(10)}，${国(15)}。${国(3)}`,
    lines: [`${国(10)}，${国(15)}。`, 国(3)],
  },
  {
    name: 'one character too many: with nothing to squeeze, a character is pushed down',
    text: `${国(26)}，${国(3)}`,
    lines: [国(25), `国，${国(3)}`],
  },
  {
    name: 'a full stop one cell past the line is pulled up by compressing two marks',
    text: `${国(12)}、${国(13)}。${国(4)}`,
    lines: [`${国(12)}、${国(13)}。`, 国(4)],
  },
  {
    name: 'an opening 书名号 never ends a line',
    text: `${国(25)}《红楼梦》${国(3)}`,
    lines: [国(25), `《红楼梦》${国(3)}`],
  },
  {
    name: 'an opening quote never ends a line',
    text: `${国(25)}“众心向党”${国(3)}`,
    lines: [国(25), `“众心向党”${国(3)}`],
  },
  {
    name: 'consecutive punctuation 。” at the line end: compressed together, both stay',
    text: `${国(25)}。”${国(4)}`,
    lines: [`${国(25)}。”`, 国(4)],
  },
  {
    name: 'nested quotes and 书名号: ：“ compress pairwise, 《 is pulled up with the word it opens',
    text: `${国(18)}他说：“我读了《红楼梦》。”${国(20)}`,
    lines: [`${国(18)}他说：“我读了《红`, `楼梦》。”${国(20)}`],
  },
  {
    name: 'a dash —— is never split, nor starts a line',
    text: `${国(25)}——${国(4)}`,
    lines: [国(24), `国——${国(4)}`],
  },
  {
    name: 'an ellipsis …… is never split, nor starts a line',
    text: `${国(25)}……${国(4)}`,
    lines: [国(24), `国……${国(4)}`],
  },
  {
    name: 'a number with its unit is unbreakable: 1800万',
    text: `${国(24)}1800万人次${国(3)}`,
    lines: [国(24), `1800万人次${国(3)}`],
  },
  {
    name: 'a decimal is unbreakable: 2.4万',
    text: `${国(24)}达2.4万次${国(3)}`,
    lines: [`${国(24)}达`, `2.4万次${国(3)}`],
  },
  {
    name: 'a Latin word is unbreakable and spaced a quarter em from Han',
    text: `${国(24)}红歌MV视频${国(3)}`,
    lines: [`${国(24)}红歌`, `MV视频${国(3)}`],
  },
  {
    name: 'a closing bracket at a line start is pulled up with the mark before it squeezed',
    text: `${国(10)}，${国(12)}（份国）${国(5)}`,
    lines: [`${国(10)}，${国(12)}（份国）`, 国(5)],
  },
  {
    name: 'a last line of one character is avoided by pushing one more down',
    text: `${国(26)}${国(28)}国。`,
    lines: [国(26), 国(27), '国国。'],
  },
  {
    name: 'a percent sign stays with its number',
    text: `${国(24)}增长35%以上${国(3)}`,
    lines: [`${国(24)}增长`, `35%以上${国(3)}`],
  },
  {
    name: 'an opening mark squeezed against the mark before it stays flush at a line start',
    text: `${国(25)}？《红楼梦》${国(3)}`,
    lines: [`${国(25)}？`, `《红楼梦》${国(3)}`],
  },
  {
    name: 'a space at a line end takes no share of the stretch: the line still ends on the edge',
    text: `${国(24)}党 自立自强${国(3)}`,
    lines: [`${国(24)}党`, `自立自强${国(3)}`],
  },
  {
    name: 'a full stop before a space at a line end gives up its half first when the line is squeezed',
    text: `${国(8)}、${国(8)}、${国(8)}。 ${国(3)}`,
    lines: [`${国(8)}、${国(8)}、${国(8)}。`, 国(3)],
  },
  {
    name: 'an opening mark followed by a space still never ends a line',
    text: `${国(25)}“ 众心向党”${国(3)}`,
    lines: [国(25), `“众心向党”${国(3)}`],
  },
  {
    name: 'a number range is never split after its ～: 45%～50% goes down whole',
    text: `${国(20)}占比达45%～50%${国(5)}`,
    lines: [`${国(20)}占比达`, `45%～50%${国(5)}`],
  },
  {
    name: 'a range of digits 3～5 is never split either',
    text: `${国(22)}提高了3～5个百分点`,
    lines: [`${国(22)}提高了`, '3～5个百分点'],
  },
  {
    name: 'an opening bracket at a line start is set flush, so the line holds half a character more',
    text: `（${国(25)}）${国(3)}`,
    lines: [`（${国(25)}）`, 国(3)],
  },
  {
    name: 'no unforced spread: a character comes up when squeezing the comma takes less than spreading the line would',
    text: `${国(19)}，${国(2)}123${国(8)}`,
    lines: [`${国(19)}，${国(2)}123${国(2)}`, 国(6)],
  },
];
