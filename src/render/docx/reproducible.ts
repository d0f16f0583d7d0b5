/**
 * The same issue gives the same DOCX bytes. The docx package stamps the file with the time it was
 * made (the zip entries' dates, dcterms:created/modified) and numbers pictures (wp:docPr ids) with a
 * counter that runs on across documents of one process (an archive's worker). Here the zip is
 * rewritten with the issue's date, the pictures numbered from 1 in each part, and the entries in a
 * fixed order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `edit` may change a part's XML on the way (what the docx package cannot write itself). */
export function reproducible(docx: Uint8Array, isoDate: string, edit: (part: string, xml: string) => string = (_p, xml) => xml): Uint8Array {
  const files = unzipSync(docx);
  const stamp = `${isoDate}T00:00:00Z`;
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let data = files[name]!;
    if (name === 'docProps/core.xml') {
      data = strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/gu, `$1${stamp}`));
    } else if (/^word\/.*\.xml$/u.test(name)) {
      let n = 0;
      data = strToU8(edit(name, strFromU8(data).replace(/<wp:docPr id="\d+"/gu, () => `<wp:docPr id="${++n}"`)));
    }
    out[name] = [data, { mtime: new Date(stamp), level: 6 }];
  }
  return zipSync(out, { mtime: new Date(stamp) });
}
