import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { SEEDS_DIR } from './demo-data';

// Demo content (R41): the four seed work plans in seeds/notices/, imported through the
// importer plugin as draft notices with their task tables, exactly as an editor would.
// Idempotent: a notice already there (same 文号) is skipped. New units named in the plans
// (the 泉港区 and 游仙区 offices) are confirmed, as the demo has no one to ask.

export const NOTICES_DIR = path.join(SEEDS_DIR, 'notices');

export interface SeededNotice {
  file: string;
  documentId: string;
  created: boolean;
}

export async function seedNotices(strapi: Core.Strapi): Promise<SeededNotice[]> {
  const importer = strapi.plugin('importer')?.service('importer') as any;
  if (!importer) throw new Error('公文导入插件（importer）未启用，无法导入示例通知');
  const files = fs.readdirSync(NOTICES_DIR).filter((f) => /\.(txt|md|docx)$/i.test(f)).sort();
  const seeded: SeededNotice[] = [];
  for (const file of files) {
    const { units: _units, ...result } = await importer.parse(fs.readFileSync(path.join(NOTICES_DIR, file)), file);
    const report = await importer.importParsed(result, { confirmNewUnits: true, skipExisting: true });
    seeded.push(report.skipped ? { file, documentId: report.documentId, created: false } : { file, documentId: report.notice.documentId, created: true });
  }
  return seeded;
}
