import type { Core } from '@strapi/strapi';
import { shanghaiDate } from '@gongkai/shared';
import { DEFAULT_GATED_TYPES, type GateConfig } from '../config';
import { actorRef, type Actor } from '../domain/actor';
import { appendAudit, auditOf, verifyChain, type AuditRecord } from '../domain/audit-chain';
import { coReleasedInterpretations } from '../domain/co-release';
import { draftVersion, publishedFingerprints } from '../domain/content-hash';
import { creatorOf, withEditor } from '../domain/editors';
import { noteEdit } from '../domain/edit-tracker';
import { conflict, forbidden, invalid, notFound } from '../domain/errors';
import { withPermit } from '../domain/gate-context';
import { exemptionFrom, privacyVerdict, type PrivacyScanner } from '../domain/privacy-check';
import { releaseVerdict } from '../domain/release-verdict';
import { casUpdate, createReview, findReview, lockReview, reviewsInStates, type Decision, type Review } from '../domain/review-store';
import { separationViolation } from '../domain/separation-of-duties';
import {
  AWAITED_STEP,
  STATE_LABEL,
  STEPS,
  STEP_LABEL,
  isStep,
  label,
  next as nextState,
  passedSteps,
  stepsMissingBefore,
  type State,
  type Step,
} from '../domain/state-machine';

// The review gate's service: `strapi.plugin('review-gate').service('gate')`. The only
// judge of publishability (architecture: "Other code asks it"). See README for the API.

const DAY_MS = 86_400_000;

export interface StepView {
  step: Step;
  label: string;
  roleCode: string;
  state: 'approved' | 'waiting' | 'pending';
  by: { id: number; email: string | null; label: string } | null;
  at: string | null;
  comment: string | null;
  exemption: { basis: string; reason: string } | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cfg = (): GateConfig => strapi.config.get('plugin::review-gate') as GateConfig;

  const gate = {
    gatedTypes(): string[] {
      return cfg().gatedTypes ?? DEFAULT_GATED_TYPES;
    },

    isGated(uid: string): boolean {
      return gate.gatedTypes().includes(uid);
    },

    roleFor(step: Step): string {
      return cfg().stepRoles[step];
    },

    /** R12 hook: the privacy-guard scanner, or null when that plugin is not installed. */
    privacyScanner(): PrivacyScanner | null {
      try {
        return ((strapi.plugin('privacy-guard') as any)?.service('scanner') as PrivacyScanner) ?? null;
      } catch {
        return null;
      }
    },

    /** Working-day calendar of the deadlines plugin, or null (then the queue counts calendar days). */
    workingCalendar(): { workingDaysBetween: (from: string, to: string) => any } | null {
      try {
        const svc: any = (strapi.plugin('deadlines') as any)?.service('calendar');
        return typeof svc?.workingDaysBetween === 'function' ? svc : null;
      } catch {
        return null;
      }
    },

    assertGated(uid: string) {
      if (!gate.isGated(uid)) throw invalid(`内容类型 ${uid} 不受三审管理`);
    },

    // ───────────────────────── read side ─────────────────────────

    async isPublishable(uid: string, documentId: string): Promise<{ publishable: boolean; missingStep: Step | null; reasons: string[] }> {
      gate.assertGated(uid);
      const v = await releaseVerdict(strapi, uid, documentId);
      const reasons = v.ok ? [] : [v.message!];
      for (const p of await coReleasedInterpretations(strapi, cfg().coRelease, uid, documentId)) {
        const pv = await releaseVerdict(strapi, cfg().coRelease.interpretationUid, p.documentId);
        if (!pv.ok) reasons.push(`政策解读《${p.title}》${pv.message!.replace('（R10）', '')}（R11：须与行政规范性文件同步通过）`);
      }
      return { publishable: reasons.length === 0, missingStep: v.missingStep, reasons };
    },

    /** Where an item waits (for the deadlines dashboard): submission, a step, or release. */
    async stuckAt(uid: string, documentId: string): Promise<{ state: State; waitingFor: 'submit' | Step | 'publish' | null; since: string | null } | null> {
      if (!gate.isGated(uid)) return null;
      const review = await findReview(strapi, uid, documentId);
      if (!review) return { state: 'draft', waitingFor: 'submit', since: null };
      const awaited = AWAITED_STEP[review.state];
      if (review.state === 'draft') return { state: review.state, waitingFor: 'submit', since: review.stateSince };
      if (awaited) return { state: review.state, waitingFor: awaited, since: review.stateSince };
      const v = await releaseVerdict(strapi, uid, documentId);
      const released = v.ok && review.publishedHash === review.contentHash;
      return { state: review.state, waitingFor: released ? null : v.ok ? 'publish' : 'submit', since: review.stateSince };
    },

    async status(uid: string, documentId: string) {
      gate.assertGated(uid);
      const draft = await draftVersion(strapi, uid, documentId);
      if (!draft) throw notFound('找不到该文档');
      const review = await findReview(strapi, uid, documentId);
      const state: State = review?.state ?? 'draft';
      const passed = passedSteps(state);
      const awaited = AWAITED_STEP[state];
      const steps: StepView[] = STEPS.map((step) => {
        const d = review?.steps?.[step];
        return {
          step,
          label: STEP_LABEL[step],
          roleCode: gate.roleFor(step),
          state: passed.includes(step) ? 'approved' : awaited === step ? 'waiting' : 'pending',
          by: d ? { id: d.userId, email: d.userEmail, label: d.userLabel } : null,
          at: d?.at ?? null,
          comment: d?.comment ?? null,
          exemption: d?.exemption ?? null,
        };
      });
      const publishable = await gate.isPublishable(uid, documentId);
      const publishedCount = await strapi.db.query(uid as any).count({ where: { documentId, publishedAt: { $notNull: true } } });
      const lastVoid = review?.lastVoid
        ? {
            ...review.lastVoid,
            message: `${review.lastVoid.by.label} 于 ${review.lastVoid.at} 修改了 ${review.lastVoid.fields.join('、') || '内容'}，${
              review.lastVoid.voidedSteps.length ? `已通过的${label(review.lastVoid.voidedSteps)}作废` : '送审作废'
            }，须重新送审`,
          }
        : null;
      return {
        uid,
        documentId,
        title: draft.entry.title ?? null,
        state,
        stateLabel: STATE_LABEL[state],
        stateSince: review?.stateSince ?? null,
        waitingFor: awaited,
        steps,
        contentHash: draft.hash,
        reviewedHash: review?.contentHash ?? null,
        changedSinceSubmission: Boolean(review && review.state !== 'draft' && review.contentHash !== draft.hash),
        publishable: publishable.publishable,
        missingStep: publishable.missingStep,
        reasons: publishable.reasons,
        published: publishedCount ? { hash: review?.publishedHash ?? null, at: review?.publishedAtIso ?? null, current: review?.publishedHash === draft.hash } : null,
        creator: await creatorOf(strapi, uid, documentId),
        editors: review?.editors ?? [],
        submittedBy: review?.submittedBy ?? null,
        lastVoid,
        lastRejection: review?.lastRejection ?? null,
      };
    },

    async audit(uid: string, documentId: string): Promise<AuditRecord[]> {
      gate.assertGated(uid);
      return auditOf(strapi, uid, documentId);
    },

    /** 待我审核: items waiting for a step this person may decide, oldest first. */
    async queue(actor: Actor) {
      const now = Date.now();
      const calendar = gate.workingCalendar();
      const items: any[] = [];
      for (const review of await reviewsInStates(strapi, ['submitted', 'first_approved', 'second_approved'])) {
        if (!gate.isGated(review.contentUid)) continue;
        const step = AWAITED_STEP[review.state]!;
        if (!actor.roles.includes(gate.roleFor(step))) continue;
        const hasTitle = Boolean((strapi.getModel(review.contentUid as any) as any)?.attributes?.title);
        const draft = await strapi.db.query(review.contentUid as any).findOne({
          where: { documentId: review.contentDocumentId, publishedAt: null },
          select: hasTitle ? ['id', 'title'] : ['id'],
          populate: { createdBy: { select: ['id'] } },
        });
        if (!draft) continue;
        const blocked = separationViolation({
          actor,
          step,
          creatorId: draft.createdBy?.id != null ? Number(draft.createdBy.id) : null,
          editorKeys: (review.editors ?? []).map((e) => e.key),
          decisionsOnVersion: await decisionsOn(review.contentUid, review.contentDocumentId, review.contentHash),
        });
        if (blocked) continue;
        const since = review.stateSince ?? new Date(now).toISOString();
        let waitingWorkingDays: number | null = null;
        if (calendar) {
          try {
            const r = await calendar.workingDaysBetween(shanghaiDate(since), shanghaiDate(now));
            waitingWorkingDays = typeof r === 'number' ? r : typeof r?.days === 'number' ? r.days : null;
          } catch {
            waitingWorkingDays = null;
          }
        }
        items.push({
          uid: review.contentUid,
          documentId: review.contentDocumentId,
          title: (draft as any).title ?? null,
          state: review.state,
          stateLabel: STATE_LABEL[review.state],
          step,
          stepLabel: STEP_LABEL[step],
          waitingSince: since,
          waitingDays: Math.max(0, Math.floor((now - Date.parse(since)) / DAY_MS)),
          waitingWorkingDays,
        });
      }
      items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince));
      return {
        items,
        workingDays: calendar ? '按工作日计（deadlines 插件日历）' : '工作日日历（deadlines 插件）未启用，等待时间按自然日计',
      };
    },

    // ───────────────────────── write side ─────────────────────────

    /** 送审: the author submits the current draft (R10); a normative document brings its interpretations (R11). */
    async submit(uid: string, documentId: string, actor: Actor, body: { comment?: string } = {}) {
      gate.assertGated(uid);
      const co = cfg().coRelease;
      return strapi.db.transaction(async () => {
        const partners = await coReleasedInterpretations(strapi, co, uid, documentId);
        const toLock = [[uid, documentId], ...partners.map((p) => [co.interpretationUid, p.documentId])].sort((a, b) =>
          `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`),
        );
        for (const [u, d] of toLock) await lockReview(strapi, u, d);
        const lockedPartners = await coReleasedInterpretations(strapi, co, uid, documentId);
        if (lockedPartners.map((p) => p.documentId).join() !== partners.map((p) => p.documentId).join()) {
          throw conflict('关联的政策解读刚被修改，请重试送审（R11）');
        }
        const submitted = [await submitOne(uid, documentId, actor, body.comment ?? null, null)];
        for (const p of partners) {
          const r = await submitOne(co.interpretationUid, p.documentId, actor, body.comment ?? null, documentId);
          if (r) submitted.push(r);
        }
        return { submitted: submitted.filter(Boolean) };
      });
    },

    /** 初审/复审/终审 decision (R10), with the R12 check before approving 复审. */
    async decide(uid: string, documentId: string, actor: Actor, body: any = {}) {
      gate.assertGated(uid);
      const step = body.step;
      const decision = body.decision;
      const comment = typeof body.comment === 'string' ? body.comment.trim() : '';
      if (!isStep(step)) throw invalid('step 必须是 first（初审）、second（复审）或 final（终审）');
      if (decision !== 'approve' && decision !== 'reject') throw invalid('decision 必须是 approve（通过）或 reject（驳回）');
      if (decision === 'reject' && !comment) throw invalid(`驳回必须填写意见（${STEP_LABEL[step]}，R10）`);
      const roleCode = gate.roleFor(step);
      if (actor.kind !== 'admin') throw forbidden('只有后台管理员账号可以作出审核决定（R10）');
      if (!actor.roles.includes(roleCode)) {
        throw forbidden(`您不持有${STEP_LABEL[step]}角色（${roleCode}），不能作出${STEP_LABEL[step]}决定（R10）`);
      }
      return strapi.db.transaction(async () => {
        const review = await findReview(strapi, uid, documentId);
        if (!review || review.state === 'draft') throw conflict(`该稿件尚未送审，不能作出${STEP_LABEL[step]}决定（R10）`);
        const awaited = AWAITED_STEP[review.state];
        if (awaited !== step) {
          const missing = stepsMissingBefore(review.state, step);
          if (missing.length) throw conflict(`尚未通过${label(missing)}，不能进行${STEP_LABEL[step]}（R10）`);
          throw conflict(`${STEP_LABEL[step]}已经完成，当前${awaited ? `等待${STEP_LABEL[awaited]}` : '无待审步骤'}（R10）`);
        }
        const draft = await draftVersion(strapi, uid, documentId);
        if (!draft) throw notFound('找不到该文档');
        if (draft.hash !== review.contentHash) {
          throw conflict('送审后内容已被修改，当前版本与送审版本不一致，须重新送审（R10）');
        }
        const creator = await creatorOf(strapi, uid, documentId);
        const violation = separationViolation({
          actor,
          step,
          creatorId: creator?.id ?? null,
          editorKeys: (review.editors ?? []).map((e) => e.key),
          decisionsOnVersion: await decisionsOn(uid, documentId, review.contentHash),
        });
        if (violation) throw forbidden(violation);

        let privacy = null;
        if (decision === 'approve' && step === 'second') {
          const { verdict, outcome } = await privacyVerdict(gate.privacyScanner(), uid, draft.entry, exemptionFrom(body));
          if (verdict?.blocked) throw conflict(verdict.message, { rule: 'R12', summary: verdict.summary ?? null });
          privacy = outcome;
        }

        const at = new Date().toISOString();
        const record: Decision = {
          step,
          decision,
          userId: actor.id!,
          userEmail: actor.email,
          userLabel: actor.label,
          roleCode,
          at,
          comment: comment || null,
          exemption: privacy?.exemption ?? null,
        };
        const to = nextState(review.state, `${decision as 'approve' | 'reject'}:${step}`)!;
        const patch =
          decision === 'approve'
            ? { state: to, steps: { ...(review.steps ?? {}), [step]: record }, stateSince: at }
            : { state: to, steps: {}, lastRejection: record, stateSince: at };
        if (!(await casUpdate(strapi, review, patch))) {
          throw conflict('其他人已同时处理了该稿件，您的决定未生效，请刷新后重试（R10）');
        }
        await appendAudit(strapi, {
          contentUid: uid,
          contentDocumentId: documentId,
          versionHash: review.contentHash,
          step,
          action: 'decide',
          decision,
          userId: actor.id,
          userEmail: actor.email,
          roleCode,
          comment: comment || null,
          details: privacy ? { privacy } : null,
        });
        return gate.status(uid, documentId);
      });
    },

    /** Publish after 终审 (same rules as every other path: the middleware decides). */
    async publish(uid: string, documentId: string) {
      gate.assertGated(uid);
      await strapi.documents(uid as any).publish({ documentId } as any);
      return gate.status(uid, documentId);
    },

    /** 撤稿 with a reason, recorded (R10). */
    async unpublish(uid: string, documentId: string, actor: Actor, body: { reason?: string } = {}) {
      gate.assertGated(uid);
      const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
      if (!reason) throw invalid('撤稿必须填写理由（R10）');
      await strapi.db.transaction(async () => {
        await lockReview(strapi, uid, documentId);
        const rows = await publishedFingerprints(strapi, uid, { documentId });
        if (!rows.length) throw conflict('该文档当前未发布，无需撤稿');
        const review = await findReview(strapi, uid, documentId);
        await withPermit('unpublish', uid, documentId, () => strapi.documents(uid as any).unpublish({ documentId } as any));
        if (review && !(await casUpdate(strapi, review, { publishedHash: null, publishedAtIso: null }))) {
          throw conflict('其他人已同时处理了该稿件，请刷新后重试');
        }
        await appendAudit(strapi, {
          contentUid: uid,
          contentDocumentId: documentId,
          versionHash: review?.publishedHash ?? null,
          action: 'unpublish',
          userId: actor.id,
          userEmail: actor.email,
          roleCode: actor.roles.join(',') || null,
          comment: reason,
          details: { rows: rows.map((r) => r.id), actor: actorRef(actor) },
        });
      });
      return gate.status(uid, documentId);
    },

    /**
     * Integrity report (gate:verify): published versions without a matching final
     * approval — published around the document service, or changed after release — and
     * a broken audit chain.
     */
    async verify() {
      const chain = await verifyChain(strapi);
      const records: any[] = await strapi.db.query('plugin::review-gate.audit-record' as any).findMany({ orderBy: { seq: 'asc' } });
      const finalApproved = new Set<string>();
      const publishedRows = new Map<string, { versionHash: string; fingerprint: string; seq: number }>();
      for (const r of records) {
        const doc = `${r.contentUid}|${r.contentDocumentId}`;
        if (r.action === 'decide' && r.step === 'final' && r.decision === 'approve') finalApproved.add(`${doc}|${r.versionHash}`);
        if (r.action === 'publish') {
          for (const row of (r.details?.rows ?? []) as Array<{ id: number; fingerprint: string }>) {
            publishedRows.set(`${r.contentUid}|${row.id}`, { versionHash: r.versionHash, fingerprint: row.fingerprint, seq: r.seq });
          }
        }
      }
      const unapproved: Array<{ uid: string; documentId: string; rowId: number; title: string | null; problem: string }> = [];
      for (const uid of gate.gatedTypes()) {
        for (const row of await publishedFingerprints(strapi, uid, {})) {
          const pub = publishedRows.get(`${uid}|${row.id}`);
          const base = { uid, documentId: row.documentId, rowId: row.id, title: row.title };
          if (!pub) unapproved.push({ ...base, problem: '已发布版本没有发布记录：未经三审发布（绕过了文档服务）' });
          else if (!finalApproved.has(`${uid}|${row.documentId}|${pub.versionHash}`)) {
            unapproved.push({ ...base, problem: `发布记录（第 ${pub.seq} 条）对应的版本没有终审通过记录` });
          } else if (pub.fingerprint !== row.fingerprint) {
            unapproved.push({ ...base, problem: '已发布版本的内容与发布时不一致：发布后被直接修改' });
          }
        }
      }
      return {
        ok: chain.problems.length === 0 && unapproved.length === 0,
        checkedAt: new Date().toISOString(),
        chain,
        unapproved,
      };
    },
  };

  /** Decisions already made on one version of a document (any round), for separation of duties. */
  async function decisionsOn(uid: string, documentId: string, versionHash: string | null) {
    if (!versionHash) return [];
    const rows: any[] = await strapi.db.query('plugin::review-gate.audit-record' as any).findMany({
      where: { contentUid: uid, contentDocumentId: documentId, versionHash, action: 'decide' },
      select: ['userId', 'step'],
    });
    return rows.filter((r) => isStep(r.step)).map((r) => ({ userId: r.userId != null ? Number(r.userId) : null, step: r.step as Step }));
  }

  /** Submit one document; for a co-reviewed interpretation already under review at this version, nothing to do. */
  async function submitOne(uid: string, documentId: string, actor: Actor, comment: string | null, coReviewOf: string | null) {
    const draft = await draftVersion(strapi, uid, documentId);
    if (!draft) throw notFound('找不到该文档');
    let review: Review = (await findReview(strapi, uid, documentId)) ?? (await createReview(strapi, uid, documentId, { draftHash: draft.hash, editors: [] }));
    if (review.state !== 'draft' && review.contentHash === draft.hash) {
      if (coReviewOf) return null;
      throw conflict(`该稿件已在审核中（${STATE_LABEL[review.state]}），无需重复送审`);
    }
    if (review.state !== 'draft') {
      // Under review at another version: changed around the document service. Void first.
      await noteEdit(strapi, uid, documentId, actor);
      review = (await findReview(strapi, uid, documentId))!;
    }
    if (nextState(review.state, 'submit') !== 'submitted') throw conflict(`当前状态（${STATE_LABEL[review.state]}）不能送审`);
    const at = new Date().toISOString();
    const submittedBy = { key: actor.key, id: actor.id, email: actor.email, label: actor.label, at };
    const ok = await casUpdate(strapi, review, {
      state: 'submitted',
      contentHash: draft.hash,
      snapshot: draft.canonical,
      draftHash: draft.hash,
      steps: {},
      submittedBy,
      stateSince: at,
      editors: withEditor(review.editors, actor),
    });
    if (!ok) throw conflict('其他人已同时处理了该稿件，请刷新后重试');
    await appendAudit(strapi, {
      contentUid: uid,
      contentDocumentId: documentId,
      versionHash: draft.hash,
      action: 'submit',
      userId: actor.id,
      userEmail: actor.email,
      roleCode: actor.roles.join(',') || null,
      comment,
      details: coReviewOf ? { coReviewOf, rule: 'R11' } : null,
    });
    review = (await findReview(strapi, uid, documentId))!;
    return { uid, documentId, state: review.state, contentHash: draft.hash };
  }

  return gate;
};
