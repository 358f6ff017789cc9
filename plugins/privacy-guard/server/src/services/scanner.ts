// The scanner service: `strapi.plugin('privacy-guard').service('scanner')` (R12).
// The review gate calls scanDocument(uid, draft) and reviewVerdict(findings, exemption)
// at 复审; the admin panel calls scanDraft and maskDocument through the plugin's routes;
// `npm run privacy:scan` calls scanPublished. Nothing here returns a raw value (R35):
// findings carry their masked form only.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type PrivacyGuardConfig, maxAttachmentBytesOf } from '../config';
import { type ExemptionRequest, type Finding, privacyReviewVerdict, summarize } from '../detect';
import { createAttachmentReader } from '../document/attachments';
import { planMask } from '../document/mask-entry';
import { scanPopulate } from '../document/model-walk';
import { documentOfficialContacts, siteOfficialContacts } from '../document/official-contacts';
import { type AttachmentNote, type EntryScan, type PublicFinding, publicFinding, scanEntry } from '../document/scan-entry';

export interface ScanReport {
  findings: PublicFinding[];
  /** 发现 2 处个人信息：身份证号 1 处，手机号 1 处 / 未发现个人信息 */
  summary: string;
  officialExcluded: number;
  unreadable: AttachmentNote[];
  errors: AttachmentNote[];
}

export interface DocumentReport extends ScanReport {
  uid: string;
  documentId: string;
  title: string | null;
}

export interface MaskResult extends DocumentReport {
  /** Findings written as masks into the draft. */
  masked: number;
  /** Field paths that changed. */
  fields: string[];
}

const PAGE = 100;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cfg = (): PrivacyGuardConfig => (strapi.config.get('plugin::privacy-guard') as PrivacyGuardConfig) ?? {};
  const readAttachment = createAttachmentReader(strapi, () => ({ maxBytes: maxAttachmentBytesOf(cfg()), pdfTimeoutMs: cfg().pdfTimeoutMs }));

  const model = (uid: string): any => strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
  const hasDrafts = (uid: string) => Boolean(model(uid)?.options?.draftAndPublish);
  const titleOf = (entry: any): string | null => entry?.title ?? entry?.name ?? null;

  async function inspect(uid: string, entry: any): Promise<EntryScan> {
    const officialNumbers = [...(await siteOfficialContacts(strapi, cfg())), ...documentOfficialContacts(cfg(), uid, entry)];
    return scanEntry(strapi, uid, entry, { officialNumbers, readAttachment });
  }

  const report = (scan: EntryScan): ScanReport => ({
    findings: scan.findings.map(publicFinding),
    summary: summarize(scan.findings),
    officialExcluded: scan.officialExcluded,
    unreadable: scan.unreadable,
    errors: scan.errors,
  });

  async function loadDraft(uid: string, documentId: string): Promise<any | null> {
    return strapi.documents(uid as any).findOne({
      documentId,
      ...(hasDrafts(uid) ? { status: 'draft' } : {}),
      populate: scanPopulate(strapi, uid),
    } as any);
  }

  /** Lock the draft row until the transaction ends (PostgreSQL; SQLite has one writer at a time). */
  async function lockDraft(uid: string, documentId: string, trx: any) {
    const client = String((strapi.db as any).config?.connection?.client ?? '');
    if (client !== 'postgres' && client !== 'pg') return;
    const table = (strapi.db.metadata.get(uid as any) as any).tableName;
    const q = trx(table).where({ document_id: documentId }).forUpdate().select('id');
    await (hasDrafts(uid) ? q.whereNull('published_at') : q);
  }

  const scanner = {
    /** Types whose documents are scanned: the app's own content types (api::…). */
    isScannable(uid: string): boolean {
      return typeof uid === 'string' && uid.startsWith('api::') && Boolean(model(uid));
    },

    /**
     * Findings of a draft as given (the gate passes the version it reviews). With
     * `strict` (default) an attachment that cannot be read blocks: it throws, because
     * "not checked" must not pass 复审 silently.
     */
    async scanDocument(uid: string, draft: any, opts: { strict?: boolean } = {}): Promise<ScanReport> {
      const scan = await inspect(uid, draft);
      if (opts.strict !== false && scan.errors.length) {
        throw new errors.ApplicationError(`${scan.errors.map((e) => e.reason).join('；')}。附件无法读取，不能确认其中没有个人信息（R12）`, {
          rule: 'R12',
          errors: scan.errors,
        });
      }
      return report(scan);
    },

    /** Does the finding list block 复审? The rule of R12, in one place (detect/review-verdict). */
    reviewVerdict(findings: Pick<Finding, 'kind'>[], exemption?: ExemptionRequest | null) {
      return privacyReviewVerdict(findings as Finding[], exemption);
    },

    /** The current draft of a document, scanned (admin panel). */
    async scanDraft(uid: string, documentId: string): Promise<DocumentReport> {
      const draft = await loadDraft(uid, documentId);
      if (!draft) throw new errors.NotFoundError('找不到该文档');
      return { uid, documentId, title: titleOf(draft), ...report(await inspect(uid, draft)) };
    },

    /**
     * One-click mask: write the masks into the DRAFT through the document service, so
     * every rule on that path runs (the review gate voids approvals of changed content).
     * Returns the findings left (attachments only, or none).
     */
    async maskDocument(uid: string, documentId: string, user?: { id?: number | string } | null): Promise<MaskResult> {
      const plan = await strapi.db.transaction(async ({ trx }: any) => {
        await lockDraft(uid, documentId, trx);
        const draft = await loadDraft(uid, documentId);
        if (!draft) throw new errors.NotFoundError('找不到该文档');
        const scan = await inspect(uid, draft);
        const p = planMask(strapi, uid, draft, scan.findings);
        if (p.fields.length) {
          const data = user?.id != null ? { ...p.data, updatedBy: user.id } : p.data;
          await strapi.documents(uid as any).update({ documentId, ...(hasDrafts(uid) ? { status: 'draft' } : {}), data } as any);
        }
        return p;
      });
      const after = await scanner.scanDraft(uid, documentId);
      return { ...after, masked: plan.count, fields: plan.fields };
    },

    /** Every published document of the app's types, scanned (`npm run privacy:scan`). */
    async scanPublished(opts: { uids?: string[] } = {}): Promise<{ scanned: number; documents: DocumentReport[] }> {
      const uids = (opts.uids ?? Object.keys(strapi.contentTypes).filter((u) => scanner.isScannable(u))).sort();
      const documents: DocumentReport[] = [];
      let scanned = 0;
      for (const uid of uids) {
        for (let start = 0; ; start += PAGE) {
          const page: any[] = await strapi.documents(uid as any).findMany({
            ...(hasDrafts(uid) ? { status: 'published' } : {}),
            populate: scanPopulate(strapi, uid),
            sort: 'id:asc',
            start,
            limit: PAGE,
          } as any);
          for (const entry of page) {
            scanned++;
            const r = report(await inspect(uid, entry));
            if (r.findings.length || r.errors.length) documents.push({ uid, documentId: entry.documentId, title: titleOf(entry), ...r });
          }
          if (page.length < PAGE) break;
        }
      }
      return { scanned, documents };
    },
  };
  return scanner;
};
