import type { Core } from '@strapi/strapi';
import type { GateConfig } from '../config';
import { actorRef, currentActor } from './actor';
import { appendAudit } from './audit-chain';
import { coReleasedInterpretations, unpublishedNormativeDocuments } from './co-release';
import { publishedFingerprints } from './content-hash';
import { forbidden } from './errors';
import { hasPermit, withPermit } from './gate-context';
import { releaseVerdict } from './release-verdict';
import { casUpdate, deleteReview, findReview, lockReview } from './review-store';

// R10 "on every path": every document-service call that makes a published version of a
// gated type — publish(), and create()/update() with status 'published' (what the REST
// API does by default) — passes here. The admin publish button, bulk publish, REST,
// content releases and plugin code all reach the document service, so all meet this.
// R11: a normative document goes out only with its interpretations, in one transaction.

type Next = () => Promise<any>;

export async function guardRelease(strapi: Core.Strapi, cfg: GateConfig, ctx: any, next: Next) {
  const uid: string = ctx.uid;
  if (ctx.action === 'create') {
    // A document that does not exist yet has passed no step. The create still runs (in a
    // transaction that is then rolled back) so that data errors are reported first.
    return strapi.db.transaction(async () => {
      await next();
      throw forbidden('新建的文档尚未送审，未通过初审，不能直接发布（R10）。请保存为草稿并提交三审。', { missingStep: 'first' });
    });
  }
  const documentId: string = ctx.params?.documentId;
  const actor = currentActor(strapi);
  return strapi.db.transaction(async () => {
    const partners = await coReleasedInterpretations(strapi, cfg.coRelease, uid, documentId);
    const toLock = [[uid, documentId], ...partners.map((p) => [cfg.coRelease.interpretationUid, p.documentId])].sort((a, b) =>
      `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`),
    );
    for (const [u, d] of toLock) await lockReview(strapi, u, d);
    // The set of interpretations must not have changed while we waited for the locks.
    const lockedPartners = await coReleasedInterpretations(strapi, cfg.coRelease, uid, documentId);
    if (lockedPartners.map((p) => p.documentId).join() !== partners.map((p) => p.documentId).join()) {
      throw forbidden('关联的政策解读刚被修改，请重试发布（R11）', { rule: 'R11' });
    }

    const before = await releaseVerdict(strapi, uid, documentId);
    if (!before.ok) throw forbidden(before.message!, { missingStep: before.missingStep, rule: 'R10' });

    const problems: string[] = [];
    for (const p of partners) {
      const v = await releaseVerdict(strapi, cfg.coRelease.interpretationUid, p.documentId);
      if (!v.ok) problems.push(`行政规范性文件须与其政策解读同步发布，政策解读《${p.title}》${v.message!.replace('（R10）', '')}（R11）`);
    }
    for (const d of await unpublishedNormativeDocuments(strapi, cfg.coRelease, uid, documentId)) {
      problems.push(`政策解读须与所解读的行政规范性文件《${d.title}》一并发布，不能先于该文件发布（R11）`);
    }
    if (problems.length) throw forbidden(problems.join('；'), { rule: 'R11' });

    const result = await next();

    // Same transaction, row still locked: what went public is the approved version.
    const after = await releaseVerdict(strapi, uid, documentId);
    if (!after.ok || after.review!.version !== before.review!.version) {
      throw forbidden('修改后的内容未经三审，不能发布（R10）。请保存为草稿并重新送审。', { missingStep: after.missingStep ?? 'first' });
    }
    const rows = await publishedFingerprints(strapi, uid, { documentId });
    const at = new Date().toISOString();
    const review = (await findReview(strapi, uid, documentId))!;
    if (!(await casUpdate(strapi, review, { publishedHash: after.draft!.hash, publishedAtIso: at, editors: [] }))) {
      throw forbidden('发布时审核状态被同时修改，请重试');
    }
    const coPublished = hasPermit('co-publish', uid, documentId);
    await appendAudit(strapi, {
      contentUid: uid,
      contentDocumentId: documentId,
      versionHash: after.draft!.hash,
      action: 'publish',
      userId: actor.id,
      userEmail: actor.email,
      roleCode: actor.roles.join(',') || null,
      comment: coPublished ? '随行政规范性文件同步发布（R11）' : null,
      details: { via: ctx.action, rows: rows.map((r) => ({ id: r.id, fingerprint: r.fingerprint })), coPublished, actor: actorRef(actor) },
    });

    // R11: the interpretations go public in this same transaction.
    for (const p of partners) {
      const pr = await findReview(strapi, cfg.coRelease.interpretationUid, p.documentId);
      const isPublic = await strapi.db.query(cfg.coRelease.interpretationUid as any).count({ where: { documentId: p.documentId, publishedAt: { $notNull: true } } });
      if (isPublic && pr?.publishedHash && pr.publishedHash === pr.contentHash) continue; // already public at its approved version
      await withPermit('co-publish', cfg.coRelease.interpretationUid, p.documentId, () =>
        strapi.documents(cfg.coRelease.interpretationUid as any).publish({ documentId: p.documentId } as any),
      );
    }
    return result;
  });
}

/** R10: 撤稿 only through the gate's route, which records the reason. */
export async function guardUnpublish(ctx: any, next: Next) {
  if (!hasPermit('unpublish', ctx.uid, ctx.params?.documentId)) {
    throw forbidden('撤稿须通过三审面板填写理由（R10）：POST /review-gate/unpublish/:uid/:documentId', { rule: 'R10' });
  }
  return next();
}

/**
 * Deleting a public document takes it off the site: it must be unpublished (with a
 * reason, recorded) first. A draft-only document may be deleted; its review row goes
 * with it, its audit records stay.
 */
export async function guardDelete(strapi: Core.Strapi, ctx: any, next: Next) {
  const documentId = ctx.params?.documentId;
  return strapi.db.transaction(async () => {
    await lockReview(strapi, ctx.uid, documentId);
    const published = await strapi.db.query(ctx.uid).count({ where: { documentId, publishedAt: { $notNull: true } } });
    if (published) throw forbidden('已发布的文档不能直接删除：请先通过三审面板撤稿并填写理由（R10）', { rule: 'R10' });
    const result = await next();
    await deleteReview(strapi, ctx.uid, documentId);
    return result;
  });
}
