// Locating 文号 in running text (R1). Parsing itself — including keeping words of the
// preceding sentence out of the issuer abbreviation — is the shared helper's job
// (`parseDocNumber`, `canonicalDocNumber` in @gongkai/shared); this module only finds
// where each number starts and ends.
import { parseDocNumber, canonicalDocNumber, type DocNumber } from '@gongkai/shared';

export interface FoundDocNumber extends DocNumber {
  /** Original text, whitespace removed, e.g. "扬府办发[2018]67号". */
  text: string;
  canonical: string;
  /** Index range in the searched string. */
  start: number;
  end: number;
}


/** All 文号 in a text, in order. */
export function findDocNumbers(text: string): FoundDocNumber[] {
  const found: FoundDocNumber[] = [];
  let offset = 0;
  // Fast path: every 文号 has a bracketed year.
  if (!/[〔\[（(【［]\s*(?:19|20)\d{2}\s*[〕\]）)】］]/.test(text)) return found;
  while (offset < text.length) {
    const rest = text.slice(offset);
    const d = parseDocNumber(rest);
    if (!d) break;
    const start = offset + rest.indexOf(d.original);
    const end = start + d.original.length;
    found.push({ ...d, text: d.original.replace(/\s+/g, ''), canonical: canonicalDocNumber(d), start, end });
    offset = end;
  }
  return found;
}

/** The 文号 of a line that is (nearly) only a 文号, e.g. "揭府办函〔2018〕40号" or "…号 签发人：张三". */
export function docNumberLine(text: string): FoundDocNumber | null {
  const t = text.replace(/^(?:发文字号|文号|字号)[：:]\s*/, '');
  const [d] = findDocNumbers(t);
  if (!d || d.start > 2) return null;
  const rest = t.slice(d.end).replace(/签发人[：:].*$/, '').replace(/[\s　。]/g, '');
  return rest.length <= 2 ? d : null;
}
