// From our content model (src/api/*) to the deadline rules' items (R20–R22, R25).
// Enumeration values are ASCII in the schema; the rules speak the Chinese labels, so the
// mapping goes through @gongkai/shared's ENUM_LABELS (one vocabulary, one place).
import { enumLabel, isIsoDate, shanghaiDate } from '@gongkai/shared';
import { DeadlineRuleError } from '../rules/errors';
import type { DeadlineItem, DisclosureMode } from '../rules/types';
import { GUIDE, INTERPRETATION, NOTICE, PROGRESS_REPORT, type TrackedType } from './tracked-types';

/** A document as read with the populate of `POPULATE[uid]` (draft or published version). */
export type ContentDocument = Record<string, any>;

/** Relations each mapping reads; loaded together with the document. */
export const POPULATE: Record<TrackedType, Record<string, unknown>> = {
  [NOTICE]: { issuingUnit: { fields: ['name'] }, forwards: { fields: ['title', 'writtenOn', 'releasedOn', 'signedOn'] } },
  [INTERPRETATION]: { notices: { fields: ['title', 'issuer'], populate: { issuingUnit: { fields: ['name'] } } } },
  [GUIDE]: { handlingUnit: { fields: ['name'] } },
  [PROGRESS_REPORT]: { unit: { fields: ['name'] } },
};

export interface MappedItem {
  /** Null: the item has no publication deadline (依申请公开 / 不予公开). */
  item: DeadlineItem | null;
  /** How our fields were read, when it is not obvious (shown with the basis). */
  note?: string;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

function disclosureOf(doc: ContentDocument): DisclosureMode | null {
  return present(doc.disclosureMode) ? (enumLabel('disclosureMode', doc.disclosureMode) as DisclosureMode) : null;
}

/** Creation day (Asia/Shanghai) of the document, for items whose "formed" date is not a field. */
function createdOn(doc: ContentDocument): string | undefined {
  return present(doc.createdAt) ? shanghaiDate(doc.createdAt) : undefined;
}

/**
 * R25: the work plan's issue (印发) date. 印发日期 is the date printed on the issued document,
 * which our model keeps as 成文日期 (writtenOn); 发布日期 (releasedOn, the day it went on the
 * website) is the fallback. With several forwarded plans the earliest date counts (strictest).
 */
function workPlanIssuedOn(doc: ContentDocument): { date: unknown; note: string } {
  const plans: ContentDocument[] = Array.isArray(doc.forwards) ? doc.forwards : [];
  const dates = plans
    .map((p) => (isIsoDate(p.writtenOn) ? p.writtenOn : isIsoDate(p.releasedOn) ? p.releasedOn : null))
    .filter((d): d is string => d !== null)
    .sort();
  if (dates.length) return { date: dates[0], note: '工作方案印发日期取所转发/实施的工作方案的成文日期（无则取发布日期）' };
  // No linked work plan: the plan's own 成文日期 stands in (documented approximation).
  return { date: doc.writtenOn, note: '未关联工作方案，暂以本实施方案的成文日期计算，请在“转发文件”中关联工作方案' };
}

function noticeItem(doc: ContentDocument): MappedItem {
  const disclosure = disclosureOf(doc);
  if (doc.documentType === 'implementation_plan') {
    if (disclosure && disclosure !== '主动公开') return { item: null };
    const issued = workPlanIssuedOn(doc);
    return { item: { kind: 'implementation-plan', workPlanIssuedOn: issued.date as string }, note: issued.note };
  }
  // R20 for 行政规范性文件 / 重大行政决策 (from 签发日期), R22 otherwise (from 成文日期 or 签发日期).
  // Other information with neither date was formed when it was entered (R22), like a new guide.
  const r20 = doc.documentType === 'normative' || doc.documentType === 'major_decision';
  const undated = !r20 && !present(doc.writtenOn) && !present(doc.signedOn);
  return {
    item: {
      kind: 'notice',
      fileType: present(doc.documentType) ? enumLabel('documentType', doc.documentType) : null,
      signedOn: doc.signedOn ?? null,
      writtenOn: undated ? (createdOn(doc) ?? null) : (doc.writtenOn ?? null),
      disclosure,
    },
    ...(undated ? { note: '未填写成文日期和签发日期，暂以录入之日起按 R22 计算' } : {}),
  };
}

function guideItem(doc: ContentDocument): MappedItem {
  // R21: a change of a guide, from the approval of the change; the effective date is required.
  if (present(doc.changeApprovedOn)) {
    return { item: { kind: 'guide-change', approvedOn: doc.changeApprovedOn, effectiveOn: doc.effectiveOn ?? null } };
  }
  // A new guide (no change approved yet) is other information (R22), formed when it was drafted.
  return { item: { kind: 'information', formedOn: createdOn(doc) as string }, note: '新办事指南（无变更批准日期），自录入之日起按 R22 计算' };
}

function interpretationItem(doc: ContentDocument): MappedItem {
  // R22 from the interpretation's 发布日期 as entered, or the day it was drafted.
  if (present(doc.releasedOn)) return { item: { kind: 'information', formedOn: doc.releasedOn } };
  return { item: { kind: 'information', formedOn: createdOn(doc) as string }, note: '未填写发布日期，自录入之日起计算' };
}

function progressReportItem(doc: ContentDocument): MappedItem {
  // R25: the year's progress is reported and published by the end of the year it reports on.
  if (!isIsoDate(doc.reportedOn)) throw new DeadlineRuleError('R25', 'reportedOn', 'R25：缺少报送日期，无法确定所属年度');
  return { item: { kind: 'progress-report', year: Number(doc.reportedOn.slice(0, 4)) }, note: '所属年度取报送日期的年份' };
}

/** The rule item of a document of a tracked type. Throws DeadlineRuleError when a needed date is missing. */
export function deadlineItemFor(uid: TrackedType, doc: ContentDocument): MappedItem {
  switch (uid) {
    case NOTICE:
      return noticeItem(doc);
    case GUIDE:
      return guideItem(doc);
    case INTERPRETATION:
      return interpretationItem(doc);
    case PROGRESS_REPORT:
      return progressReportItem(doc);
    default:
      throw new DeadlineRuleError('R22', 'uid', `内容类型 ${String(uid)} 没有公开时限规则`);
  }
}

export interface UnitRef {
  documentId: string | null;
  name: string;
}

/** The unit responsible for publishing the item (dashboard grouping). */
export function unitOf(uid: TrackedType, doc: ContentDocument): UnitRef | null {
  const ref = (u: any): UnitRef | null => (u && u.name ? { documentId: u.documentId ?? null, name: u.name } : null);
  switch (uid) {
    case NOTICE:
      return ref(doc.issuingUnit) ?? (present(doc.issuer) ? { documentId: null, name: doc.issuer } : null);
    case GUIDE:
      return ref(doc.handlingUnit);
    case PROGRESS_REPORT:
      return ref(doc.unit);
    case INTERPRETATION: {
      const first = Array.isArray(doc.notices) ? doc.notices[0] : null;
      return first ? unitOf(NOTICE, first) : null;
    }
    default:
      return null;
  }
}

/** A short title for lists and records. */
export function titleOf(doc: ContentDocument): string {
  const raw = present(doc.title) ? String(doc.title) : present(doc.text) ? String(doc.text) : String(doc.documentId ?? '');
  return raw.length > 200 ? `${raw.slice(0, 199)}…` : raw;
}
