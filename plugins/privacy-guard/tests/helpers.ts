import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import JSZip from 'jszip';
import { adminLogin, http } from '../../../tests/helpers/http';

// Fixtures for the privacy-guard integration tests (R12): people holding the product's
// roles, drafts created the way editors create them (content-manager, so createdBy is
// set), files uploaded through the upload service, and the plugin's and the gate's admin API.

export const NOTICE = 'api::notice.notice';
export const GUIDE = 'api::guide.guide';
export const OFFICIAL = 'plugin::privacy-guard.official-contact';

export type Person = Awaited<ReturnType<typeof adminLogin>>;

export async function people(app: Core.Strapi) {
  return {
    editor: await adminLogin(app, ['gk-editor']),
    first: await adminLogin(app, ['gk-first-reviewer']),
    second: await adminLogin(app, ['gk-second-reviewer']),
    final: await adminLogin(app, ['gk-final-reviewer']),
    admin: await adminLogin(app, ['strapi-super-admin']),
  };
}
export type People = Awaited<ReturnType<typeof people>>;

export async function categoryId(app: Core.Strapi): Promise<string> {
  const cat = await app.documents('api::catalog-category.catalog-category').findFirst({});
  if (!cat) throw new Error('no catalog category seeded');
  return cat.documentId;
}

let serial = 0;
export const uniqueTitle = (stem: string) => `${stem}（${++serial}-${Date.now()}）`;

/** Create a draft through the content-manager as `who`. */
export async function createAs(app: Core.Strapi, who: Person, uid: string, data: Record<string, unknown>): Promise<any> {
  const res = await http(app).post(`/content-manager/collection-types/${uid}`).set(who.auth).send(data);
  if (res.status !== 201) throw new Error(`create ${uid} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export async function newNotice(app: Core.Strapi, who: Person, extra: Record<string, unknown>) {
  return createAs(app, who, NOTICE, { title: uniqueTitle('测试通知'), issuer: '揭阳市民政局', writtenOn: '2024-06-03', category: await categoryId(app), ...extra });
}

/** The stored draft of a document, read past every middleware. */
export async function storedDraft(app: Core.Strapi, uid: string, documentId: string) {
  return app.db.query(uid as any).findOne({ where: { documentId, publishedAt: null } });
}

/** A minimal .docx (one paragraph per line) — what mammoth reads. */
export async function makeDocx(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = lines.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A one-page PDF; with lines it has a text layer (Helvetica), without it is like a scan. */
export function makePdf(lines: string[]): Buffer {
  const content = lines.length ? `BT /F1 12 Tf 72 720 Td ${lines.map((l, i) => `${i ? '0 -20 Td ' : ''}(${l}) Tj`).join(' ')} ET` : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Upload a file through Strapi's upload service (local provider → public/uploads). */
export async function uploadFile(app: Core.Strapi, name: string, content: Buffer, mimetype: string): Promise<any> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-upload-'));
  const filepath = path.join(dir, name);
  fs.writeFileSync(filepath, content);
  try {
    const [file] = await app
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: { name } }, files: { filepath, originalFilename: name, mimetype, size: content.length } });
    return file;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Delete uploaded files again (public/uploads is shared with the developer's own site). */
export async function removeUploads(app: Core.Strapi, files: any[]) {
  for (const f of files) await app.plugin('upload').service('upload').remove(f);
}

export const privacyApi = (app: Core.Strapi) => ({
  scan: (who: Person | null, uid: string, documentId: string) => {
    const req = http(app).get(`/privacy-guard/scan/${uid}/${documentId}`);
    return who ? req.set(who.auth) : req;
  },
  mask: (who: Person | null, uid: string, documentId: string) => {
    const req = http(app).post(`/privacy-guard/mask/${uid}/${documentId}`);
    return (who ? req.set(who.auth) : req).send({});
  },
});

export const gateApi = (app: Core.Strapi) => ({
  status: (who: Person, uid: string, documentId: string) => http(app).get(`/review-gate/status/${uid}/${documentId}`).set(who.auth),
  audit: (who: Person, uid: string, documentId: string) => http(app).get(`/review-gate/audit/${uid}/${documentId}`).set(who.auth),
  submit: (who: Person, uid: string, documentId: string) => http(app).post(`/review-gate/submit/${uid}/${documentId}`).set(who.auth).send({}),
  decide: (who: Person, uid: string, documentId: string, body: Record<string, unknown>) =>
    http(app).post(`/review-gate/decide/${uid}/${documentId}`).set(who.auth).send(body),
  publish: (who: Person, uid: string, documentId: string) => http(app).post(`/review-gate/publish/${uid}/${documentId}`).set(who.auth).send({}),
  unpublish: (who: Person, uid: string, documentId: string, reason: string) =>
    http(app).post(`/review-gate/unpublish/${uid}/${documentId}`).set(who.auth).send({ reason }),
});

/** [field, kind, masked, file] of each finding, sorted — for exact comparisons. */
export const shape = (findings: any[]) =>
  findings.map((f) => [f.field, f.kind, f.masked, f.file ?? null]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
