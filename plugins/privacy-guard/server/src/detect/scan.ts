// R12: scan a text for personal information.
//
// Detectors run in order of specificity on a length-preserving half-width copy
// of the text; each one takes its spans so that a later, looser detector
// cannot report the same digits again:
//   1. e-mail addresses (an address like 13800138000@163.com is one finding)
//   2. non-personal identifiers (索引号, labelled 信用代码/编号 …)  → not reported
//   3. ID numbers; credit codes and ID-shaped near misses          → not reported
//   4. bank cards, 5. mobiles, 6. landlines — these three skip URLs
// Finally findings of contact points the editor marked official are dropped.
import { findBankCards } from './bank-card';
import { findEmails } from './email';
import { findNonPersonalIdentifiers, findUrls } from './exclusions';
import { findIdCards } from './id-card';
import { maskText, maskValue } from './mask';
import { toHalfWidth } from './normalize';
import { officialMatcher } from './official';
import { findLandlines, findMobiles } from './phone';
import { type Candidate, SpanSet } from './spans';
import type { Finding, ScanOptions } from './types';

export function scanText(text: string, opts: ScanOptions = {}): Finding[] {
  if (!text) return [];
  const norm = toHalfWidth(text);
  const taken = new SpanSet();
  const urls = new SpanSet();
  for (const u of findUrls(norm)) urls.add(u);
  const reported: Candidate[] = [];

  const take = (candidates: Candidate[], skipUrls = false) => {
    for (const c of [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (skipUrls && urls.overlaps(c)) continue;
      if (taken.add(c) && c.kind) reported.push(c);
    }
  };
  take(findEmails(norm));
  take(findNonPersonalIdentifiers(norm));
  take(findIdCards(norm, opts.now));
  take(findBankCards(norm), true);
  take(findMobiles(norm), true);
  take(findLandlines(norm), true);

  const isOfficial = officialMatcher(opts.officialNumbers);
  return reported
    .sort((a, b) => a.start - b.start)
    .map((c): Finding => {
      const value = text.slice(c.start, c.end);
      const f: Finding = { kind: c.kind!, field: opts.field ?? '', start: c.start, end: c.end, value, masked: maskValue(c.kind!, value) };
      if (c.reason) f.reason = c.reason;
      return f;
    })
    .filter((f) => !isOfficial(f));
}

/** Mask every finding of a text in one go (the admin's one-click mask, R12). */
export function maskAll(text: string, opts: ScanOptions = {}): string {
  return maskText(text, scanText(text, opts));
}
