// R12: length-preserving normalisation before detection. Chinese documents
// mix full-width digits (１３８), full-width punctuation (（）－＋＠) and
// ideographic spaces; each of those is one UTF-16 unit, and so is its ASCII
// replacement, so offsets in the normalised text are offsets in the original.

const MAP: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ', // no-break space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '（': '(',
  '）': ')',
  '－': '-',
  '—': '-', // em dash, often typed between area code and number
  '–': '-',
  '‐': '-',
  '‑': '-',
  '＋': '+',
  '＠': '@',
  '．': '.',
  '：': ':',
  '／': '/',
  '，': ',',
};

/** Map full-width ASCII variants to ASCII, one unit for one unit. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30); // ０-９
    else if (code >= 0xff21 && code <= 0xff3a) out += String.fromCharCode(code - 0xff21 + 0x41); // Ａ-Ｚ
    else if (code >= 0xff41 && code <= 0xff5a) out += String.fromCharCode(code - 0xff41 + 0x61); // ａ-ｚ
    else out += MAP[c] ?? c;
  }
  return out;
}

/** Only the ASCII digits of a string (after half-width mapping). */
export function digitsOf(text: string): string {
  return toHalfWidth(text).replace(/\D/g, '');
}
