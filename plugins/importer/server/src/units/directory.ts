// Matching the unit names of a notice against the unit directory (R5): full names,
// short names (市编办) and the relative form of full names, in the issuer's region
// (./region.ts); group names (./groups.ts) are not units; the rest are unknown — reported,
// and created only on confirmation. The matching itself is the parser's matchUnitNames.
import { matchUnitNames } from '../parser';
import { normaliseUnitName } from '../parser/units';
import type { ParsedNotice, ParsedTask } from '../parser';
import { hasRegion, qualifyUnitName, regionOf, relativeForms, relativeLevel, unitInRegion, type Region } from './region';
import { isGroupName } from './groups';

export interface DirectoryEntry {
  documentId: string;
  name: string;
  shortName?: string | null;
}

export interface UnitMatchReport {
  /** Names (as written) found in the directory. */
  matched: { text: string; documentId: string; name: string }[];
  /** Names with no directory entry: to be confirmed before they are created (R5). */
  unknown: string[];
  /** Group names ("市有关单位"): kept as text, never created. */
  groups: string[];
}

export interface NoticeUnits {
  notice: ParsedNotice;
  tasks: ParsedTask[];
}

/**
 * The directory as seen from a document of this region: a relative short name ("市编办")
 * only stands for a unit of the same region, and a unit of the region is also found by the
 * relative form of its full name (揭阳市人民政府 → "市人民政府").
 */
export function directoryFor<T extends DirectoryEntry>(units: T[], region: Region) {
  const regional = hasRegion(region);
  return units.map((u) => {
    const shortLevel = u.shortName ? relativeLevel(u.shortName) : null;
    const shortName = !shortLevel || !regional || unitInRegion(u.name, region, shortLevel) ? u.shortName ?? null : null;
    const aliases = regional ? relativeForms(u.name, region) : [];
    return { unit: u, name: u.name, shortName, aliases };
  });
}

/** Match names written in a document of this issuer. */
export function matchNames<T extends DirectoryEntry>(names: string[], units: T[], issuer: string | null) {
  const region = regionOf(issuer);
  const { matched, unknown } = matchUnitNames(names, directoryFor(units, region));
  return {
    matched: matched.map((m) => ({ text: m.name, unit: m.unit.unit })),
    unknown: unknown.filter((n) => !isGroupName(n)),
    groups: unknown.filter((n) => isGroupName(n)),
    region,
  };
}

/** Every notice of a result with its own tasks: the main notice, then the forwarded ones, depth first. */
export function noticesOf(result: { notice: ParsedNotice; tasks: ParsedTask[] }): NoticeUnits[] {
  const out: NoticeUnits[] = [{ notice: result.notice, tasks: result.tasks }];
  const walk = (list: ParsedNotice[]) => {
    for (const f of list) {
      out.push({ notice: f, tasks: f.tasks ?? [] });
      walk(f.forwards);
    }
  };
  walk(result.notice.forwards);
  return out;
}

const unitNamesOf = (tasks: ParsedTask[]) => tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]);

/** The unit report of a parse result (each notice's tasks read in its issuer's region). */
export function reportUnits(result: { notice: ParsedNotice; tasks: ParsedTask[] }, units: DirectoryEntry[]): UnitMatchReport {
  const report: UnitMatchReport = { matched: [], unknown: [], groups: [] };
  const seen = new Set<string>();
  for (const { notice, tasks } of noticesOf(result)) {
    const m = matchNames(unitNamesOf(tasks), units, notice.issuer);
    for (const x of m.matched) {
      if (seen.has(`m:${x.text}:${x.unit.documentId}`)) continue;
      seen.add(`m:${x.text}:${x.unit.documentId}`);
      report.matched.push({ text: x.text, documentId: x.unit.documentId, name: x.unit.name });
    }
    for (const n of m.unknown) if (!report.unknown.includes(n)) report.unknown.push(n);
    for (const n of m.groups) if (!report.groups.includes(n)) report.groups.push(n);
  }
  return report;
}

/** Full name and short name of a unit created from a name as written (R5). */
export function newUnitFields(written: string, issuer: string | null): { name: string; shortName: string | null; kind: 'department' | 'other' } {
  const text = normaliseUnitName(written);
  const name = qualifyUnitName(text, regionOf(issuer));
  return { name, shortName: name === text ? null : text, kind: unitKindOf(name) };
}

// Administrative organs end in these words; anything else an editor classifies later.
const ORGAN_SUFFIX = /(?:局|委|办|厅|署|部|处|科|室|中心|管委会|委员会|办公室|办事处|站|队)$/;

/** Kind of a unit created by the importer: a government department when its name says so, else 'other'. */
export function unitKindOf(name: string): 'department' | 'other' {
  return ORGAN_SUFFIX.test(name) ? 'department' : 'other';
}
