// R12: contact points the editor has marked as official (单位公开的咨询电话、
// 监督邮箱). They are published on purpose and are not findings.
import { digitsOf } from './normalize';
import type { Finding } from './types';

/** Comparable form: lower-case e-mail, or phone digits without +86/0086. */
export function contactKey(value: string): string {
  const v = value.trim();
  if (v.includes('@')) return v.toLowerCase();
  const d = digitsOf(v);
  const intl = /^(?:0086|86)(1[3-9]\d{9})$/.exec(d);
  return intl ? intl[1] : d;
}

/** Build a predicate telling whether a finding is one of the official contacts. */
export function officialMatcher(officialNumbers: readonly string[] = []): (f: Finding) => boolean {
  const keys = officialNumbers.map(contactKey).filter((k) => k.length > 0);
  if (!keys.length) return () => false;
  const exact = new Set(keys);
  return (f) => {
    if (f.kind !== 'mobile' && f.kind !== 'landline' && f.kind !== 'email') return false;
    const key = contactKey(f.value);
    if (exact.has(key)) return true;
    // A landline marked without its area code ("8221234") still matches.
    return f.kind === 'landline' && keys.some((k) => !k.includes('@') && k.length >= 7 && key.endsWith(k));
  };
}
