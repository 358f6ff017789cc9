// Unit directories printed as attachments (R5): `000` 附件1 "市有关单位" followed by one
// unit name per line, 附件2 "重点领域有关单位". The app seeds its unit table from them.
import type { Block, UnitList } from './types';
import { looksLikeOrg, squeezeSpaces } from './text';
import { parseMarker } from './numbering';
import { dateLine } from './doc-dates';
import { docNumberLine } from './doc-number';
import { normaliseUnitName } from './units';

const ATTACHMENT_LABEL = /^附\s*件\s*([0-9一二三四五六七八九十]{1,3})?\s*[：:．.、]?\s*(.*)$/;

/** "附件 1" / "附件2：市有关单位" → label and the title written on the same line. */
export function attachmentLabel(text: string): { label: string; title: string } | null {
  const m = ATTACHMENT_LABEL.exec(text);
  if (!m) return null;
  const title = squeezeSpaces(m[2]).replace(/^[0-9]+[.．、]\s*/, '');
  if (title.length > 60 || /[。；]/.test(title)) return null;
  return { label: m[1] ? `附件${m[1]}` : '附件', title };
}

function unitLine(b: Block): string | null {
  if (b.cells) return null;
  let t = b.text;
  const m = parseMarker(t);
  if (m && m.level >= 3) t = m.rest;
  else if (m) return null;
  if (t.length === 0 || t.length > 30 || /[，。；：:,;]/.test(t)) return null;
  if (dateLine(t) || docNumberLine(t)) return null;
  return normaliseUnitName(t);
}

function headingLine(b: Block): string | null {
  if (b.cells || parseMarker(b.text)) return null;
  const t = b.text;
  return t.length > 0 && t.length <= 30 && !/[，。；,;]/.test(t) ? t : null;
}

/** A unit list starting at blocks[i] ([附件N] heading, then ≥ 3 unit names), or null. */
export function readUnitList(blocks: Block[], i: number): { label: string | null; list: UnitList; end: number } | null {
  let j = i;
  let label: string | null = null;
  let heading: string | null = null;
  const lab = blocks[j] && !blocks[j].cells ? attachmentLabel(blocks[j].text) : null;
  if (lab) {
    label = lab.label;
    heading = lab.title || null;
    j++;
  }
  if (!heading) {
    if (!blocks[j]) return null;
    heading = headingLine(blocks[j]);
    if (!heading) return null;
    j++;
  }
  const units: string[] = [];
  while (j < blocks.length) {
    const u = unitLine(blocks[j]);
    if (!u || attachmentLabel(blocks[j].text)) break;
    units.push(u);
    j++;
  }
  if (units.length < 3) return null;
  if (units.filter((u) => looksLikeOrg(u)).length / units.length < 0.6) return null;
  return { label, list: { heading, units: [...new Set(units)] }, end: j };
}
