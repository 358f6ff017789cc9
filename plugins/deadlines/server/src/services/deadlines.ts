// Deadlines of our content (R20–R22, R25): due dates, status for the admin, the dashboard of
// everything due or overdue, and the append-only publication records that feed R40.
import type { Core } from '@strapi/strapi';
import { shanghaiDate, toDayNumber, fromDayNumber } from '@gongkai/shared';
import { dueDateFor } from '../rules/due-date-for';
import { deadlineStatus } from '../rules/deadline-status';
import { DeadlineRuleError } from '../rules/errors';
import type { DueDate, RuleId } from '../rules/types';
import { DEADLINE_RECORD } from '../content-types';
import { DEFAULT_CONFIG } from '../config';
import { POPULATE, deadlineItemFor, titleOf, unitOf, type ContentDocument, type UnitRef } from '../content/deadline-item';
import { resolveStatus, type ItemStatus, type Publication } from '../content/item-status';
import { TRACKED_TYPES, TYPE_LABELS, isTrackedType, type TrackedType } from '../content/tracked-types';

export interface DueResult {
  /** Null when the item has no publication deadline (依申请公开 / 不予公开). */
  due: (DueDate & { note?: string }) | null;
}

export interface StatusError {
  rule: RuleId;
  field: string;
  message: string;
}

export interface DocumentStatus {
  uid: TrackedType;
  documentId: string;
  title: string;
  unit: UnitRef | null;
  /** 'none': no publication deadline; 'error': a date the rule needs is missing. */
  kind: 'status' | 'none' | 'error';
  status: ItemStatus | null;
  note: string | null;
  error: StatusError | null;
  published: boolean;
}

export interface DashboardItem extends DocumentStatus {
  typeLabel: string;
  /** The 三审 step the item waits at, from the review gate (null when unknown). */
  stuckAt: unknown;
}

export interface DashboardOptions {
  sort?: string;
  /** A unit's documentId, or the exact name of an issuer without a unit record. */
  unit?: string;
  today?: string;
}

export type DeadlineRecordState = 'published-on-time' | 'published-late';

const SORTS = ['due', '-due', 'unit', 'state'] as const;
const STATE_ORDER: Record<string, number> = { error: 0, overdue: 1, 'due-today': 2, 'on-time': 3, 'published-late': 4, 'published-on-time': 5 };

const dateOnly = (v: unknown): string | null => (v ? (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : new Date(v as any).toISOString().slice(0, 10)) : null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const calendarService = () => strapi.plugin('deadlines').service('calendar');

  function assertTracked(uid: string): asserts uid is TrackedType {
    if (!isTrackedType(uid)) throw new DeadlineRuleError('R22', 'uid', `内容类型 ${uid} 不计算公开时限`);
  }

  async function load(uid: TrackedType, documentId: string, status: 'draft' | 'published'): Promise<ContentDocument | null> {
    return (await strapi.documents(uid as any).findOne({ documentId, status, populate: POPULATE[uid] } as any)) as ContentDocument | null;
  }

  /** Due date of a document as loaded (draft or published version). */
  async function computeDue(uid: TrackedType, doc: ContentDocument): Promise<DueResult['due']> {
    const mapped = deadlineItemFor(uid, doc);
    if (!mapped.item) return null;
    const due = dueDateFor(mapped.item, await calendarService().calendar());
    return due ? { ...due, ...(mapped.note ? { note: mapped.note } : {}) } : null;
  }

  async function recordsOf(uid: string, documentIds: string[]): Promise<any[]> {
    if (!documentIds.length) return [];
    return strapi.db.query(DEADLINE_RECORD as any).findMany({
      where: { targetUid: uid, targetDocumentId: { $in: documentIds } },
      orderBy: [{ publishedTime: 'asc' }, { id: 'asc' }],
    });
  }

  const recordToPublication = (r: any): Publication => ({
    rule: r.rule,
    due: dateOnly(r.due)!,
    publishedOn: dateOnly(r.publishedOn)!,
    publishedTime: r.publishedTime ? new Date(r.publishedTime).toISOString() : null,
    source: 'record',
  });

  /** Status of one document from its draft (current content), published version and records. */
  async function statusOf(uid: TrackedType, draft: ContentDocument, published: ContentDocument | null, records: any[], today: string): Promise<DocumentStatus> {
    const base = { uid, documentId: draft.documentId, title: titleOf(draft), unit: unitOf(uid, draft), published: !!published };
    let due: DueResult['due'];
    try {
      due = await computeDue(uid, draft);
    } catch (e) {
      if (e instanceof DeadlineRuleError) {
        return { ...base, kind: 'error', status: null, note: null, error: { rule: e.rule, field: e.field, message: e.message } };
      }
      throw e;
    }
    if (!due) return { ...base, kind: 'none', status: null, note: '依申请公开或不予公开的信息没有主动公开时限', error: null };
    const publications = records.map(recordToPublication);
    if (published?.publishedAt && !records.length) {
      // Published before any record existed (e.g. before this plugin was enabled).
      try {
        const pubDue = await computeDue(uid, published);
        if (pubDue) {
          publications.push({ rule: pubDue.rule, due: pubDue.due, publishedOn: shanghaiDate(published.publishedAt), publishedTime: new Date(published.publishedAt).toISOString(), source: 'published-version' });
        }
      } catch (e) {
        if (!(e instanceof DeadlineRuleError)) throw e;
      }
    }
    const status = resolveStatus({ due, publications, today, calendar: await calendarService().calendar() });
    return { ...base, kind: 'status', status, note: due.note ?? null, error: null };
  }

  async function stuckAtFn(): Promise<((uid: string, documentId: string) => unknown) | null> {
    try {
      const gate: any = strapi.plugin('review-gate')?.service('gate');
      return typeof gate?.stuckAt === 'function' ? gate.stuckAt.bind(gate) : null;
    } catch {
      return null;
    }
  }

  const service = {
    /** The due date of the current content of a document (its draft version). */
    async dueFor(uid: string, document: ContentDocument): Promise<DueResult> {
      assertTracked(uid);
      return { due: await computeDue(uid, document) };
    },

    /** Due date and status of a document, as shown in the admin list and edit view. */
    async statusFor(uid: string, documentId: string, today: string = shanghaiDate()): Promise<DocumentStatus | null> {
      assertTracked(uid);
      const draft = await load(uid, documentId, 'draft');
      if (!draft) return null;
      const published = await load(uid, documentId, 'published');
      return statusOf(uid, draft, published, await recordsOf(uid, [documentId]), today);
    },

    /** Statuses of several documents of one type (the admin list column). */
    async statusesFor(uid: string, documentIds: string[], today: string = shanghaiDate()): Promise<Record<string, DocumentStatus>> {
      assertTracked(uid);
      const ids = [...new Set(documentIds)].slice(0, 200);
      const out: Record<string, DocumentStatus> = {};
      if (!ids.length) return out;
      const filters = { documentId: { $in: ids } };
      const [drafts, published, records] = await Promise.all([
        strapi.documents(uid as any).findMany({ filters, status: 'draft', populate: POPULATE[uid], limit: ids.length } as any),
        strapi.documents(uid as any).findMany({ filters, status: 'published', populate: POPULATE[uid], limit: ids.length } as any),
        recordsOf(uid, ids),
      ]);
      const pubById = new Map((published as any[]).map((p) => [p.documentId, p]));
      for (const d of drafts as any[]) {
        out[d.documentId] = await statusOf(uid, d, pubById.get(d.documentId) ?? null, records.filter((r) => r.targetDocumentId === d.documentId), today);
      }
      return out;
    },

    /**
     * Everything due or overdue (not yet published under its current due date), plus what was
     * published in the last `dashboardRecentDays` days, with the unit and the 三审 step it waits at.
     */
    async dashboard(options: DashboardOptions = {}) {
      const today = options.today ?? shanghaiDate();
      const sort = (SORTS as readonly string[]).includes(options.sort ?? '') ? (options.sort as (typeof SORTS)[number]) : 'due';
      const recentDays = Number(strapi.config.get('plugin::deadlines.dashboardRecentDays', DEFAULT_CONFIG.dashboardRecentDays));
      const since = fromDayNumber(toDayNumber(today)! - recentDays);
      const stuckAt = await stuckAtFn();
      const items: DashboardItem[] = [];
      const units = new Map<string, UnitRef>();
      for (const uid of TRACKED_TYPES) {
        const [drafts, published] = await Promise.all([
          strapi.documents(uid as any).findMany({ status: 'draft', populate: POPULATE[uid] } as any),
          strapi.documents(uid as any).findMany({ status: 'published', populate: POPULATE[uid] } as any),
        ]);
        const pubById = new Map((published as any[]).map((p) => [p.documentId, p]));
        const records = await recordsOf(uid, (drafts as any[]).map((d) => d.documentId));
        for (const draft of drafts as any[]) {
          const st = await statusOf(uid, draft, pubById.get(draft.documentId) ?? null, records.filter((r) => r.targetDocumentId === draft.documentId), today);
          if (st.kind === 'none') continue;
          const pending = st.kind === 'error' || !st.status!.publication;
          const recent = !pending && st.status!.publication!.publishedOn >= since;
          if (!pending && !recent) continue;
          if (st.unit) units.set(st.unit.documentId ?? `name:${st.unit.name}`, st.unit);
          if (options.unit && st.unit?.documentId !== options.unit && st.unit?.name !== options.unit) continue;
          let step: unknown = null;
          if (pending && stuckAt) {
            try {
              step = (await stuckAt(uid, draft.documentId)) ?? null;
            } catch (e: any) {
              strapi.log.warn(`[deadlines] 三审插件 stuckAt(${uid}, ${draft.documentId}) 出错：${e?.message ?? e}`);
            }
          }
          items.push({ ...st, typeLabel: TYPE_LABELS[uid], stuckAt: step });
        }
      }
      const unitName = (i: DashboardItem) => i.unit?.name ?? '';
      const dueOf = (i: DashboardItem) => i.status?.due ?? '';
      const stateOf = (i: DashboardItem) => STATE_ORDER[i.kind === 'error' ? 'error' : i.status!.state] ?? 9;
      const cmp: Record<(typeof SORTS)[number], (a: DashboardItem, b: DashboardItem) => number> = {
        due: (a, b) => dueOf(a).localeCompare(dueOf(b)) || stateOf(a) - stateOf(b),
        '-due': (a, b) => dueOf(b).localeCompare(dueOf(a)) || stateOf(a) - stateOf(b),
        unit: (a, b) => unitName(a).localeCompare(unitName(b), 'zh-Hans-CN') || dueOf(a).localeCompare(dueOf(b)),
        state: (a, b) => stateOf(a) - stateOf(b) || dueOf(a).localeCompare(dueOf(b)),
      };
      items.sort(cmp[sort]);
      return {
        today,
        sort,
        unit: options.unit ?? null,
        recentDays,
        items,
        units: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN')),
        gate: stuckAt ? null : '三审插件未启用或未提供 stuckAt 服务，暂不能显示待审环节',
      };
    },

    /**
     * Record a publication (append-only, R20 "record on-time or late", feeds R40): the due date
     * in force, the publication time and whether it was on time. A new record per publication;
     * records are never changed when the content changes. Returns null when the item has no
     * publication deadline. Throws DeadlineRuleError when a date the rule needs is missing.
     */
    async recordPublication(uid: string, documentId: string, publishedAt: Date | string) {
      assertTracked(uid);
      const publishedTime = new Date(publishedAt);
      if (Number.isNaN(publishedTime.getTime())) throw new RangeError(`发布时间 ${String(publishedAt)} 无效`);
      const existing = await strapi.db.query(DEADLINE_RECORD as any).findOne({
        where: { targetUid: uid, targetDocumentId: documentId, publishedTime: publishedTime.toISOString() },
      });
      if (existing) return existing;
      // The content that went public: the published version, or the draft when recording by hand.
      const doc = (await load(uid, documentId, 'published')) ?? (await load(uid, documentId, 'draft'));
      if (!doc) throw new Error(`找不到文档 ${uid} ${documentId}`);
      const due = await computeDue(uid, doc);
      if (!due) return null;
      const publishedOn = shanghaiDate(publishedTime);
      const calendar = await calendarService().calendar();
      const st = deadlineStatus({ due, publishedOn, today: publishedOn }, calendar);
      const unit = unitOf(uid, doc);
      const data = {
        targetUid: uid,
        targetDocumentId: documentId,
        title: titleOf(doc).slice(0, 255),
        rule: due.rule,
        basis: due.note ? `${due.basis}（${due.note}）` : due.basis,
        due: due.due,
        provisional: st.provisional,
        missingYears: [...new Set([...due.missingYears, ...calendar.missingYears(due.due, publishedOn)])].sort((a, b) => a - b),
        publishedTime: publishedTime.toISOString(),
        publishedOn,
        state: st.state as DeadlineRecordState,
        lateWorkingDays: st.state === 'published-late' ? st.workingDays : 0,
        unitName: unit?.name ?? null,
        unitDocumentId: unit?.documentId ?? null,
      };
      return strapi.documents(DEADLINE_RECORD as any).create({ data } as any);
    },

    /** The publication records of a document, oldest first. */
    async recordsFor(uid: string, documentId: string) {
      return recordsOf(uid, [documentId]);
    },
  };
  return service;
};
