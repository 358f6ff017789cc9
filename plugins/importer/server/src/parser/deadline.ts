// Deadlines in task text (R2): the phrase is kept as written and, where it names a
// date, parsed to 'YYYY-MM-DD' relative to the document's year: "2018年7月底前" →
// 2018-07-31, "年底前" → <year>-12-31, "6月30日前", "上半年" → <year>-06-30. Recurring
// phrases ("每年至少1次", "每年年底前") keep their text and get no date.
import { asciiDigits, cnToInt, squeezeSpaces } from './text';
import { isoDate, monthEnd } from './doc-dates';

export interface Deadline {
  deadlineText: string | null;
  deadline: string | null;
}

interface Found extends Deadline {
  index: number;
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(\\d{4})年|(今|明|次|本|当|去)年)';
const BEFORE = '(?:前|之前|以前|止)';

type Resolver = (m: RegExpExecArray, year: number | null) => string | null;

function yearOf(m: RegExpExecArray, digits: number, word: number, docYear: number | null): number | null {
  if (m[digits]) return Number(m[digits]);
  if (docYear == null) return null;
  const w = m[word];
  if (w === '明' || w === '次') return docYear + 1;
  if (w === '去') return docYear - 1;
  return docYear;
}

const PATTERNS: { re: RegExp; resolve: Resolver | null }[] = [
  // 每年至少1次, 每季度1次: recurring, no date.
  { re: /每(?:年度?|半年|季度|季|月|周|星期)(?:至少|不少于)?(?:\d+|[一两二三四五六七八九十]+)次/g, resolve: null },
  // 2018年7月20日前, 12月1日前
  {
    re: new RegExp(`${YEAR}?${NUM}月${NUM}日${BEFORE}`, 'g'),
    resolve: (m, y) => {
      const year = yearOf(m, 1, 2, y);
      return year == null ? null : isoDate(year, cnToInt(m[3]), cnToInt(m[4]));
    },
  },
  // 2018年7月底前, 12月底, 9月上旬
  {
    re: new RegExp(`${YEAR}?${NUM}月份?(底|末|上旬|中旬|下旬)${BEFORE}?`, 'g'),
    resolve: (m, y) => {
      const year = yearOf(m, 1, 2, y);
      const month = cnToInt(m[3]);
      if (year == null || !(month >= 1 && month <= 12)) return null;
      if (m[4] === '上旬') return isoDate(year, month, 10);
      if (m[4] === '中旬') return isoDate(year, month, 20);
      return monthEnd(year, month);
    },
  },
  // 年底前, 2018年底前, 2018年年底前, 今年年底, 明年底
  {
    re: new RegExp(`(?:${YEAR}|年)年?(?:底|末)${BEFORE}?`, 'g'),
    resolve: (m, y) => {
      const year = yearOf(m, 1, 2, y);
      return year == null ? null : `${year}-12-31`;
    },
  },
  // 今年内, 年内 (but not "3年内")
  {
    re: /(?<![\d一二两三四五六七八九十个多几])(?:今年内|本年内|本年度内|年度内|年内)/g,
    resolve: (_m, y) => (y == null ? null : `${y}-12-31`),
  },
  // 上半年 / 下半年
  {
    re: new RegExp(`${YEAR}?(上半年|下半年)(?:${BEFORE}|内|底|末)?`, 'g'),
    resolve: (m, y) => {
      const year = yearOf(m, 1, 2, y);
      if (year == null) return null;
      return m[3] === '上半年' ? `${year}-06-30` : `${year}-12-31`;
    },
  },
  // 一季度 / 第三季度末前
  {
    re: new RegExp(`(?<!前)${YEAR}?第?([一二三四1-4])季度(?:末|底)?(?:${BEFORE}|内)?`, 'g'),
    resolve: (m, y) => {
      const year = yearOf(m, 1, 2, y);
      const q = cnToInt(m[3]);
      return year == null ? null : monthEnd(year, q * 3);
    },
  },
];

function normalise(text: string): string {
  return squeezeSpaces(asciiDigits(text));
}

/** The first deadline phrase in a text (a task's title and requirement), or null. */
export function findDeadline(text: string, docYear: number | null): Deadline | null {
  const t = normalise(text);
  if (!/[年月日季次内]/.test(t)) return null;
  let best: Found | null = null;
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (best && m.index >= best.index) break;
      let index = m.index;
      let phrase = m[0];
      let recurring = resolve === null;
      // "每年年底前", "每年1月底前": the same phrase every year, no single date.
      const before = t.slice(Math.max(0, index - 2), index);
      if (!recurring && /每年?$/.test(before)) {
        const prefix = before.endsWith('每年') ? '每年' : '每';
        index -= prefix.length;
        phrase = prefix + phrase;
        recurring = true;
      }
      const deadline = recurring ? null : resolve!(m, docYear);
      if (!best || index < best.index || (index === best.index && phrase.length > best.deadlineText!.length)) {
        best = { index, deadlineText: phrase, deadline };
      }
      break;
    }
  }
  return best ? { deadlineText: best.deadlineText, deadline: best.deadline } : null;
}

/**
 * Parse a deadline phrase or a 完成时限 cell. A known phrase gives its text and date;
 * other short text ("长期坚持") is kept as text with no date; long text without a
 * phrase gives nothing.
 */
export function parseDeadline(text: string, docYear: number | null): Deadline {
  const found = findDeadline(text ?? '', docYear);
  if (found) return found;
  const t = normalise(text ?? '');
  if (t && t.length <= 20 && !/[。；]/.test(t)) return { deadlineText: t, deadline: null };
  return { deadlineText: null, deadline: null };
}
