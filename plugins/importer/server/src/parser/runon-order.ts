// Run-on text (`002`) arrives with its paragraphs out of order and interleaved with
// another document's, so headings cannot be nested by position. Sections of 政务公开
// 要点 are numbered across the whole plan ((一)…(十六)), which gives an order-free rule:
// a part owns the sections from its first section up to the next part's first section.
// A part's first section is known where the two headings were glued together in the
// source ("一、着力加强公开解读回应工作（一）围绕…"). Parts that fit no such chain are
// reported and not imported as tasks (R41: say what was not imported).
import { isNode, nodeLabel, type OutlineNode } from './outline';

interface Claim {
  part: OutlineNode;
  first: number;
  strong: boolean;
}

/** Re-nest the parts (level 1) and sections (level 2) of a run-on outline by their numbers. */
export function reorderRunOn(root: OutlineNode, warnings: string[]): void {
  const seq: OutlineNode[] = [];
  for (const item of root.items) {
    if (!isNode(item)) return; // tables are never run-on; leave them alone
    if (item.level === 1) {
      seq.push(item);
      for (const c of item.items) if (isNode(c) && c.level === 2) seq.push(c);
    } else if (item.level === 2) seq.push(item);
  }
  if (seq.length === 0) return;
  const parts = seq.filter((n) => n.level === 1);
  const sections = mergeByNumber(seq.filter((n) => n.level === 2));
  warnings.push('原文缺少换行且段落顺序错乱，已按编号重新归并标题与任务，任务的具体要求可能不完整，请人工核对');

  if (sections.length === 0) {
    root.items = mergeByNumber(parts);
    return;
  }
  const claims: Claim[] = [];
  seq.forEach((n, k) => {
    const next = seq[k + 1];
    if (n.level === 1 && next && next.level === 2) claims.push({ part: n, first: next.value, strong: next.glued });
  });
  const usable = claims.some((c) => c.strong) ? claims.filter((c) => c.strong) : claims;
  const chain = longestChain(usable);

  const anchors = chain.map((c) => {
    c.part.items = c.part.items.filter((it) => !isNode(it) || it.level !== 2);
    return c;
  });
  const loose: OutlineNode[] = [];
  for (const s of sections) {
    let owner: Claim | null = null;
    for (const a of anchors) if (a.first <= s.value) owner = a;
    if (owner) owner.part.items.push(s);
    else loose.push(s);
  }
  const anchored = new Set(anchors.map((a) => a.part));
  for (const p of parts) {
    if (!anchored.has(p)) {
      warnings.push(`第 ${p.line} 行：“${nodeLabel(p)}”与前后编号不连贯（可能属于另一文件的段落），其下内容未作为任务导入`);
    }
  }
  root.items = [...loose, ...anchors.map((a) => a.part)];
}

/** Sections that appear twice (the same number) become one, texts in order. */
function mergeByNumber(nodes: OutlineNode[]): OutlineNode[] {
  const byValue = new Map<number, OutlineNode>();
  for (const n of nodes) {
    const first = byValue.get(n.value);
    if (!first) byValue.set(n.value, n);
    else {
      first.texts.push(...(n.heading !== first.heading ? [n.heading] : []), ...n.texts);
      first.items.push(...n.items);
    }
  }
  return [...byValue.values()].sort((a, b) => a.value - b.value);
}

/** Longest chain of claims increasing in both part number and first section number. */
function longestChain(claims: Claim[]): Claim[] {
  const sorted = [...claims].sort((a, b) => a.part.value - b.part.value || a.first - b.first);
  const best: number[] = sorted.map(() => 1);
  const prev: number[] = sorted.map(() => -1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j].part.value < sorted[i].part.value && sorted[j].first < sorted[i].first && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < sorted.length; i++) if (end < 0 || best[i] > best[end]) end = i;
  const chain: Claim[] = [];
  for (let i = end; i >= 0; i = prev[i]) chain.unshift(sorted[i]);
  return chain;
}
