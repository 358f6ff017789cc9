// Forwarded notices (R1 "A notice may forward others"): a 转发 notice is often followed by
// the full text of the notice it forwards (`002` prints 国办发〔2018〕23号 after 粤府办〔2018〕19号's
// signature). Each such notice gets a region of its own and is linked by `forwards`.
import type { Block } from './types';
import { docNumberLine } from './doc-number';
import { dateLine } from './doc-dates';
import { endsLikeTitle } from './text';
import { parseMarker } from './numbering';

function isTitleBlock(b: Block | undefined): boolean {
  return !!b && !b.cells && endsLikeTitle(b.text) && !/[。；]/.test(b.text) && b.text.length <= 150 && !parseMarker(b.text);
}

/**
 * Cut the blocks into notices: a new notice starts at a title + 文号 (either order) that
 * comes after the current notice's signature date and carries a different 文号.
 */
export function splitNotices(blocks: Block[]): Block[][] {
  const regions: Block[][] = [];
  let start = 0;
  let signed = false;
  let currentNumber: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.cells) continue;
    const dl = dateLine(b.text);
    if (dl && !dl.printed) {
      signed = true;
      continue;
    }
    const dn = docNumberLine(b.text);
    if (!dn) continue;
    if (currentNumber === null) {
      currentNumber = dn.canonical;
      continue;
    }
    if (!signed || dn.canonical === currentNumber) continue;
    let from = i;
    if (isTitleBlock(blocks[i - 1]) && i - 1 > start) from = i - 1;
    else if (!isTitleBlock(blocks[i + 1])) continue;
    regions.push(blocks.slice(start, from));
    start = from;
    signed = false;
    currentNumber = dn.canonical;
  }
  regions.push(blocks.slice(start));
  return regions;
}
