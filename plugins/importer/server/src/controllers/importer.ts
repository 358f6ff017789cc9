// Admin API of the 公文导入 page (R41): preview a file, commit the (edited) result.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ImportError } from '../parser';
import { CommitValidationError, validateCommitBody } from '../import/validate-commit';
import { DEFAULT_CATEGORY } from '../services/importer';

/** Largest file accepted for preview: a notice with its task table is far below this. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_TEXT_CHARS = 2 * 1024 * 1024;

/** An ImportError as 400 { error: { message, details: { file, line } } }. */
function badInput(e: ImportError): never {
  throw new errors.ValidationError(e.message, { file: e.file, line: e.line });
}

function uploadedFile(ctx: any): { filepath: string; name: string; size: number } | null {
  const raw = ctx.request.files?.file;
  const f = Array.isArray(raw) ? raw[0] : raw;
  if (!f) return null;
  const name = path.basename(String(f.originalFilename ?? f.name ?? 'upload')).slice(0, 255) || 'upload';
  return { filepath: f.filepath ?? f.path, name, size: Number(f.size ?? 0) };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('importer').service('importer') as any;

  return {
    async preview(ctx: any) {
      const file = uploadedFile(ctx);
      let fileName: string;
      let source: string;
      try {
        if (file) {
          fileName = file.name;
          if (file.size > MAX_UPLOAD_BYTES) throw new ImportError(fileName, null, `文件过大（超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）`);
          source = await service().read(await fs.readFile(file.filepath), fileName);
        } else {
          const { fileName: name, text, ...rest } = ctx.request.body ?? {};
          const extra = Object.keys(rest);
          if (extra.length) throw new errors.ValidationError(`未知字段：${extra.join('、')}`, { path: extra[0] });
          if (typeof text !== 'string') throw new errors.ValidationError('请上传文件（字段 file），或提交 { fileName, text }', { path: 'text' });
          if (name !== undefined && (typeof name !== 'string' || name.length > 255)) throw new errors.ValidationError('fileName 应为不超过 255 个字符的字符串', { path: 'fileName' });
          fileName = path.basename(name || '粘贴的文本.txt');
          if (text.length > MAX_TEXT_CHARS) throw new ImportError(fileName, null, '文本过长');
          source = text;
          if (!source.replace(/[\s\uFEFF\u200B]/g, '')) throw new ImportError(fileName, null, '文件为空');
        }
        const { units, ...result } = await service().parseText(source, fileName);
        ctx.body = { data: { fileName, source, result, units } };
      } catch (e) {
        if (e instanceof ImportError) badInput(e);
        throw e;
      } finally {
        // Strapi's body middleware only cleans up the `files` field; this one is ours.
        if (file?.filepath) fs.rm(file.filepath, { force: true }).catch(() => undefined);
      }
    },

    async commit(ctx: any) {
      let body;
      try {
        body = validateCommitBody(ctx.request.body);
      } catch (e) {
        if (e instanceof CommitValidationError) {
          throw new errors.ValidationError(e.message, { path: e.path, errors: [{ path: [e.path], message: e.reason, name: 'ValidationError' }] });
        }
        throw e;
      }
      const report = await service().importParsed(body.result, {
        confirmNewUnits: body.confirmNewUnits,
        categorySlug: body.categorySlug,
        user: ctx.state.user,
      });
      ctx.body = { data: report };
    },

    async categories(ctx: any) {
      const rows = await strapi.db.query('api::catalog-category.catalog-category' as any).findMany({
        select: ['slug', 'name', 'order'],
        populate: { parent: { select: ['slug'] } },
        orderBy: [{ order: 'asc' }, { id: 'asc' }],
      });
      ctx.body = { data: { default: DEFAULT_CATEGORY, categories: rows.map((r: any) => ({ slug: r.slug, name: r.name, parent: r.parent?.slug ?? null })) } };
    },
  };
};
