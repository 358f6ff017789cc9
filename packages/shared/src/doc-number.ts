// 文号 (document number) parsing, R1: "揭府办函〔2018〕40号" → issuer abbreviation,
// year, serial; the original text is always kept by callers. Accepts the bracket
// variants seen in real documents: 〔〕 [] （） () 【】 ［］.

export interface DocNumber {
  original: string;
  issuerAbbr: string;
  year: number;
  serial: number;
}

const OPEN = '〔\\[（(【［';
const CLOSE = '〕\\]）)】］';
const DOC_NUMBER = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z]{1,20}?)\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,6})\\s*号`,
);

// Words that cannot be part of an issuer abbreviation: in running text without a
// separator ("…的通知国办发〔2018〕23号", "根据国办发…") whatever precedes them is dropped.
const ABBR_STOP = /^.*(?:的|通知|意见|方案|要点|文件|号|根据|按照|依据|依照|参照|对照|落实|贯彻|转发|印发|及|和|与|、|日期|字号|文号)/;
const MAX_ABBR = 12;

/** Find and parse the first 文号 in a string; null when there is none. */
export function parseDocNumber(text: string | null | undefined): DocNumber | null {
  if (!text) return null;
  let from = 0;
  while (from < text.length) {
    const m = DOC_NUMBER.exec(text.slice(from));
    if (!m) return null;
    const abbr = m[1].replace(ABBR_STOP, '').slice(-MAX_ABBR);
    if (abbr) {
      const original = m[0].slice(m[1].length - abbr.length).trim();
      return { original, issuerAbbr: abbr, year: Number(m[2]), serial: Number(m[3]) };
    }
    from += m.index + m[0].length; // e.g. "…的〔2018〕5号": no issuer, look further
  }
  return null;
}

/** Canonical form with 〔〕 brackets, e.g. for de-duplication and slugs. */
export function canonicalDocNumber(d: DocNumber): string {
  return `${d.issuerAbbr}〔${d.year}〕${d.serial}号`;
}
