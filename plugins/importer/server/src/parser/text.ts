// Small text helpers shared by the parser modules (R41): whitespace from line wrapping,
// brackets, Chinese numerals, organisation-name shapes, balanced parentheses.

const CJK_CLASS = '\\u2E80-\\u2FFF\\u3001-\\u303F\\u3040-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u2018-\\u201F\\u2014\\u2026\\u00B7';
const ODD_SPACES = /[\u00A0\u2002-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const NEEDS_SQUEEZE = /[\s\u00A0\u2002-\u200D\u202F\u205F\u2060\u3000\uFEFF]/;
const SPACES_NEXT_TO_CJK = new RegExp(`(?<=[${CJK_CLASS}]) +| +(?=[${CJK_CLASS}])`, 'g');

/** Spaces inside Chinese text come from line wrapping in Word/PDF exports: drop them. Keeps spaces between Latin words. */
export function squeezeSpaces(s: string): string {
  if (!NEEDS_SQUEEZE.test(s)) return s;
  return s
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\t/g, ' ')
    .replace(SPACES_NEXT_TO_CJK, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Full-width digits and Latin letters to ASCII (１２ → 12). */
export function asciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Half-width parentheses to full-width, the form official documents use for unit names. */
export function fullWidthParens(s: string): string {
  return s.replace(/\(/g, '（').replace(/\)/g, '）');
}

const HTML_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', mdash: '—', hellip: '…' };

/** Remove HTML tags and decode the common entities (table cells from exports carry `<p>`). */
export function stripHtml(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  return s
    // A tag starts with a name (or / !): "a < b 且 c > d" is text, not a tag.
    .replace(/<\/?[a-zA-Z!][^<>]{0,200}>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return HTML_ENTITIES[name.toLowerCase()] ?? m;
    });
}

/** Markdown emphasis and escapes removed ("**（一）…**" → "（一）…", "1\\." → "1."). */
export function stripMarkdownInline(s: string): string {
  if (!s.includes('*') && !s.includes('_') && !s.includes('\\')) return s;
  return s.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}

/** One string for text shown to people: HTML and markdown removed, wrapping spaces squeezed. */
export function cleanText(s: string): string {
  return squeezeSpaces(asciiDigits(stripMarkdownInline(stripHtml(s))));
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, '○': 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export const CN_NUMERAL = '零〇一二两三四五六七八九十百';

/** Chinese numeral (up to 999) or Arabic digits to a number; NaN when not a numeral. */
export function cnToInt(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || !/^[零〇一二两三四五六七八九十百]+$/.test(s)) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = current * 10 + CN_DIGITS[ch];
    }
  }
  return total + current;
}

/** A year written digit by digit in Chinese ("二〇一八") to a number; NaN otherwise. */
export function cnYearToInt(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  if (s.length !== 4) return NaN;
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return NaN;
    n = n * 10 + d;
  }
  return n;
}

const OPENERS = '（(【[［〔《“‘';
const CLOSERS = '）)】]］〕》”’';
const OPENER_SET = new Set(OPENERS);
const CLOSER_SET = new Set(CLOSERS);

/** Split on any of `separators` outside brackets; returns the pieces and the separator that ended each. */
export function splitOutsideBrackets(s: string, separators: string): { piece: string; sep: string }[] {
  const out: { piece: string; sep: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPENER_SET.has(ch)) depth++;
    else if (CLOSER_SET.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      out.push({ piece: s.slice(start, i), sep: ch });
      start = i + 1;
    }
  }
  out.push({ piece: s.slice(start), sep: '' });
  return out;
}

/**
 * Depth of round brackets （( at each index, as a lookup. When the brackets do not
 * balance (a garbled export), every index reads 0 so nothing is hidden inside them.
 */
export function roundBracketDepth(s: string): (i: number) => number {
  const depths = new Uint16Array(s.length + 1);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    depths[i] = d;
    const ch = s[i];
    if (ch === '（' || ch === '(') d++;
    else if ((ch === '）' || ch === ')') && d > 0) d--;
  }
  depths[s.length] = d;
  if (d !== 0) return () => 0;
  return (i) => depths[i];
}

/** Are the round brackets of a string balanced? */
export function parensBalanced(s: string): boolean {
  let d = 0;
  for (const ch of s) {
    if (ch === '（' || ch === '(') d++;
    else if (ch === '）' || ch === ')') {
      d--;
      if (d < 0) return false;
    }
  }
  return d === 0;
}

// Endings of unit (organisation) names: 局, 办, 委员会, 人民政府, 管委会, 办事处, 街道 …
// Bare place words (省, 市, 县, 区, 自治区, 直辖市) are deliberately absent: "各省、自治区、
// 直辖市人民政府" is one recipient, not three.
const ORG_SUFFIX = /(?:局|办|委|会|院|厅|部|署|处|室|所|站|队|中心|府|公司|集团|企业|单位|部门|机构|机关|社|馆|行|台|校|组|团|分区|园区|开发区|新区|工业区|街道|协会|科|股|关|庭|司|厂|场|段|办事处|指挥部|分局|支队|大队|军分区)$/;

/** Does a short string look like the name of a unit (organisation)? Trailing "（管委会）" notes are ignored. */
export function looksLikeOrg(s: string, minLength = 2): boolean {
  const t = s.replace(/[（(][^（()）]*[)）]$/, '').trim();
  if (t.length < minLength || s.length > 40) return false;
  if (/[，。；：！？,;:!?]/.test(s)) return false;
  return ORG_SUFFIX.test(t);
}

/** Does the text end with sentence-final punctuation (so a following line is a new paragraph)? */
export function endsSentence(s: string): boolean {
  return /[。！？；：…”’」』）)】》!?;:]\s*$/.test(s);
}

/** Words that end a document title (通知, 意见, 方案 …). */
export const TITLE_END = '(?:通知|意见|方案|办法|决定|通报|公告|通告|批复|规定|细则|要点|纪要|计划|规划|分工|分解表|任务表|清单|指引|指南|报告|请示|函|令|决议|条例|安排|任务)';
const TITLE_END_RE = new RegExp(`${TITLE_END}$`);

/** Does a line end like a document title? */
export function endsLikeTitle(s: string): boolean {
  // "…的通知（征求意见稿）", "…方案（试行）" end like titles too.
  return TITLE_END_RE.test(s.replace(/[（(][^（()）]{1,10}[)）]$/, '').replace(/[》”]+$/, ''));
}
