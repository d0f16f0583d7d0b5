/**
 * The ToUnicode CMap of a font subset (PDF 32000 §9.10.3: which characters each glyph stands for,
 * for copying and searching text), written as pdfkit's EmbeddedFont.toUnicodeCmap writes it — the
 * same text, so the same bytes — from the characters a planned subset met (document-fonts.ts), so it
 * can be deflated on the thread pool with the subset. `unicode[i]` holds the code points of glyph i.
 */

const hex4 = (n: number): string => `0000${n.toString(16)}`.slice(-4);

/** The CMap text, ending in the newline pdfkit adds to a string it writes into a stream. */
export function toUnicodeCmap(unicode: readonly (readonly number[])[]): string {
  const entries: string[] = [];
  for (const codePoints of unicode) {
    const encoded: string[] = [];
    for (let value of codePoints) {
      if (value > 0xffff) {
        value -= 0x10000;
        encoded.push(hex4(((value >>> 10) & 0x3ff) | 0xd800)); // a UTF-16 surrogate pair
        value = 0xdc00 | (value & 0x3ff);
      }
      encoded.push(hex4(value));
    }
    entries.push(`<${encoded.join(' ')}>`);
  }
  const ranges: string[] = [];
  for (let start = 0; start < entries.length; start += 256) {
    const end = Math.min(start + 256, entries.length);
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}
