// R12: bookkeeping of which parts of the text a detector has already taken,
// so one digit run is reported once, by the most specific detector.
import type { FindingKind, Span } from './types';

/**
 * What a detector proposes. kind null means "a known non-personal identifier
 * (统一社会信用代码, 索引号, …): take the span, report nothing".
 */
export interface Candidate extends Span {
  kind: FindingKind | null;
  reason?: string;
}

/** Sorted, non-overlapping spans with O(log n) overlap queries. */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first span whose end is after `pos`. */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(s: Span): boolean {
    const i = this.firstEndingAfter(s.start);
    return i < this.starts.length && this.starts[i] < s.end;
  }

  /** Add a span; returns false (and adds nothing) if it overlaps one already there. */
  add(s: Span): boolean {
    if (s.end <= s.start || this.overlaps(s)) return false;
    const i = this.firstEndingAfter(s.start);
    this.starts.splice(i, 0, s.start);
    this.ends.splice(i, 0, s.end);
    return true;
  }
}
