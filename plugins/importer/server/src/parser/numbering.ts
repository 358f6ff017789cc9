// Outline numbering of official documents (GB/T 9704; R2's part → section → task):
// 第一部分 (0) > 一、 (1) > （一） (2) > 1. (3) > （1） (4) > ① (5).
import { cnToInt, CN_NUMERAL } from './text';

export interface Marker {
  level: number;
  /** The number as an integer (一 → 1, 12 → 12). */
  value: number;
  /** Normalised marker: "一、", "（一）", "1.", "（1）", "①", "第一部分". */
  marker: string;
  /** Text after the marker. */
  rest: string;
}

const CN = `[${CN_NUMERAL}]{1,4}`;
const PATTERNS: { level: number; re: RegExp; norm: (n: string, m: RegExpExecArray) => string }[] = [
  { level: 0, re: new RegExp(`^第(${CN})(部分|章|篇)\\s*`), norm: (n, m) => `第${n}${m[2]}` },
  { level: 1, re: new RegExp(`^(${CN})\\s*[、.．]\\s*`), norm: (n) => `${n}、` },
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、.．]?\\s*`), norm: (n) => `（${n}）` },
  { level: 3, re: /^(\d{1,3})\s*(?:[、．]|\.(?!\d))\s*/, norm: (n) => `${n}.` },
  { level: 4, re: /^[（(]\s*(\d{1,3})\s*[)）]\s*/, norm: (n) => `（${n}）` },
  { level: 5, re: /^([①-⑳])\s*/, norm: (n) => n },
];

/** The outline marker at the start of a line, or null. */
export function parseMarker(text: string): Marker | null {
  for (const { level, re, norm } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1];
    const value = level === 5 ? raw.charCodeAt(0) - 0x2460 + 1 : cnToInt(raw);
    if (!Number.isFinite(value) || value <= 0) continue;
    // "2018年…" is not item 2018; "一、" needs real text after it.
    if (level === 3 && /^\d/.test(text.slice(m[0].length))) continue;
    return { level, value, marker: norm(raw, m), rest: text.slice(m[0].length).trim() };
  }
  return null;
}

/** A heading line rather than a paragraph: a marker and short text without sentence punctuation inside. */
export function isHeadingLine(text: string): boolean {
  const m = parseMarker(text);
  if (!m || m.level > 2) return false;
  const body = m.rest.replace(/[。.]$/, '');
  return body.length > 0 && body.length <= 40 && !/[。；;]/.test(body);
}
