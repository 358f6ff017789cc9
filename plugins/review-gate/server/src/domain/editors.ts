import type { Actor } from './actor';

// The authors of a version (R10): everyone who changed its content since the last
// release. Kept on the review row; the creator is read from the draft's createdBy.

export interface EditorRef {
  key: string;
  id: number | null;
  email: string | null;
  label: string;
}

export const editorRef = (a: Actor): EditorRef => ({ key: a.key, id: a.id, email: a.email, label: a.label });

export function withEditor(editors: EditorRef[] | null | undefined, actor: Actor): EditorRef[] {
  const list = [...(editors ?? [])];
  if (actor.kind !== 'system' && !list.some((e) => e.key === actor.key)) list.push(editorRef(actor));
  return list;
}

export async function creatorOf(strapi: any, uid: string, documentId: string): Promise<EditorRef | null> {
  const row = await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: null },
    select: ['id'],
    populate: { createdBy: { select: ['id', 'email', 'firstname', 'lastname'] } },
  });
  const u = row?.createdBy;
  if (!u) return null;
  return { key: `admin:${u.id}`, id: Number(u.id), email: u.email ?? null, label: [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email };
}
