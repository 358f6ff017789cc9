import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseDocNumber, isPublishing, isWriting } from '@gongkai/shared';
import { sanitizeRichText } from '@gongkai/safe-html';
import { baseSlug } from './slug';
import { firstFree, formatIndexNumber, indexNumberStem, indexSerial } from './identifiers';

// Content rules of the app's own types (R1, R3, R6), enforced in a document-service
// middleware so the admin, the REST API and scripts all meet the same rules.

const SLUGGED = ['api::notice.notice', 'api::policy-interpretation.policy-interpretation', 'api::guide.guide'];
const CATEGORISED = SLUGGED;

/** R13: rich text is cleaned on save (and again on render by the portal). */
function sanitizeRichTextFields(strapi: Core.Strapi, uid: string, data: any) {
  const attributes = strapi.getModel(uid as any)?.attributes ?? {};
  for (const [name, attr] of Object.entries<any>(attributes)) {
    if (attr.type === 'richtext' && typeof data[name] === 'string') data[name] = sanitizeRichText(data[name]);
  }
}

export function fieldError(path: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

async function uniqueSlug(strapi: Core.Strapi, uid: string, base: string, documentId?: string) {
  const slug = await firstFree(base, async (candidate) =>
    !!(await strapi.db.query(uid as any).findOne({
      where: { slug: candidate, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    })),
  );
  return slug ?? fieldError('slug', '无法生成唯一的网址别名');
}

/**
 * Identifiers stay unique across documents even while drafts (Strapi itself checks
 * `unique` only among published versions): a 索引号 or slug names one document.
 */
async function assertUnique(strapi: Core.Strapi, uid: string, field: string, value: string, documentId: string | undefined, label: string) {
  const clash = await strapi.db.query(uid as any).findOne({
    where: { [field]: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['id'],
  });
  if (clash) fieldError(field, `${label}“${value}”已被其他文档使用`);
}

/** R1: 文号 parsed into its parts, the original text kept as typed. */
function applyDocNumber(data: any) {
  if (!('docNumber' in data)) return;
  const raw = typeof data.docNumber === 'string' ? data.docNumber.trim() : data.docNumber;
  if (!raw) {
    Object.assign(data, { docNumber: null, docIssuerAbbr: null, docYear: null, docSerial: null });
    return;
  }
  const parsed = parseDocNumber(raw);
  if (!parsed || parsed.original !== raw) {
    fieldError('docNumber', `文号“${raw}”格式不正确，应形如“揭府办函〔2018〕40号”`);
  }
  Object.assign(data, { docNumber: raw, docIssuerAbbr: parsed.issuerAbbr, docYear: parsed.year, docSerial: parsed.serial });
}

/**
 * 索引号 (index number, unique, R1): generated as PREFIX-YEAR-NNNNN when the editor gives
 * none — one more than the newest generated number of that year, skipping any taken (an
 * editor may have typed one). Reading only the newest match keeps this cheap at 100k
 * notices (the bench found the former read-every-match scan at 27 ms per create at 10k).
 */
async function ensureIndexNumber(strapi: Core.Strapi, data: any) {
  if (data.indexNumber) return;
  const stem = indexNumberStem(data.docYear);
  const q = strapi.db.query('api::notice.notice');
  const newest: any = await q.findOne({ where: { indexNumber: { $startsWith: stem } }, select: ['indexNumber'], orderBy: { id: 'desc' } });
  let serial = indexSerial(stem, newest?.indexNumber);
  do serial++;
  while (await q.findOne({ where: { indexNumber: formatIndexNumber(stem, serial) }, select: ['id'] }));
  data.indexNumber = formatIndexNumber(stem, serial);
}

async function checkPublishable(strapi: Core.Strapi, uid: string, ctx: any) {
  const documentId = ctx.params?.documentId;
  const populate = uid === 'api::policy-interpretation.policy-interpretation' ? ['category', 'notices'] : ['category'];
  const draft: any = documentId
    ? await strapi.documents(uid as any).findOne({ documentId, status: 'draft', populate } as any)
    : ctx.params?.data;
  const hasCategory = draft && (draft.category?.id || draft.category?.documentId || typeof draft.category === 'number' || typeof draft.category === 'string' || draft.category?.connect?.length);
  if (!hasCategory) fieldError('category', '发布前必须选择公开目录栏目（R6）');
  if (uid === 'api::policy-interpretation.policy-interpretation') {
    const n = Array.isArray(draft.notices) ? draft.notices.length : draft.notices?.connect?.length ?? 0;
    if (!n) fieldError('notices', '政策解读必须关联至少一个被解读的文件（R3）');
  }
}

export function registerContentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx: any, next) => {
    const uid = ctx.uid as string;
    if (!uid?.startsWith('api::')) return next();
    if (isWriting(ctx) && ctx.params?.data) sanitizeRichTextFields(strapi, uid, ctx.params.data);
    if (!SLUGGED.includes(uid)) return next();
    if (isWriting(ctx) && ctx.params?.data) {
      const data = ctx.params.data;
      const documentId = ctx.params.documentId;
      if (uid === 'api::notice.notice') {
        applyDocNumber(data);
        if (data.indexNumber) await assertUnique(strapi, uid, 'indexNumber', String(data.indexNumber), documentId, '索引号');
        else if (ctx.action === 'create') await ensureIndexNumber(strapi, data);
      }
      if ('slug' in data && data.slug) {
        await assertUnique(strapi, uid, 'slug', String(data.slug), documentId, '网址别名');
      } else if (ctx.action === 'create' || ('slug' in data && !data.slug)) {
        if (!data.title && ctx.action === 'create') fieldError('title', '标题不能为空');
        let title = data.title;
        let docNumber = data.docNumber;
        if (!title && documentId) {
          const current: any = await strapi.documents(uid as any).findOne({ documentId, status: 'draft' } as any);
          title = current?.title; docNumber = docNumber ?? current?.docNumber;
        }
        data.slug = await uniqueSlug(strapi, uid, baseSlug(title || 'item', docNumber), documentId);
      }
    }
    if (CATEGORISED.includes(uid) && isPublishing(ctx)) await checkPublishable(strapi, uid, ctx);
    return next();
  });
}
