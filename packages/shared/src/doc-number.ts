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

/** Find and parse the first 文号 in a string; null when there is none. */
export function parseDocNumber(text: string | null | undefined): DocNumber | null {
  if (!text) return null;
  const m = DOC_NUMBER.exec(text);
  if (!m) return null;
  return { original: m[0].trim(), issuerAbbr: m[1], year: Number(m[2]), serial: Number(m[3]) };
}

/** Canonical form with 〔〕 brackets, e.g. for de-duplication and slugs. */
export function canonicalDocNumber(d: DocNumber): string {
  return `${d.issuerAbbr}〔${d.year}〕${d.serial}号`;
}
