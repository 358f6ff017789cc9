// What a document-service call is about to do, as seen from a `strapi.documents.use`
// middleware. In Strapi 5 the REST API publishes through create/update with
// status 'published', not only through publish() — every rule that guards
// publication (R6, R10, R11) must read intent the same way, so it lives here once.

export interface DocumentCallContext {
  uid: string;
  action: string;
  params?: any;
}

/** True when the call makes a published version (publish, or create/update with status published). */
export function isPublishing(ctx: DocumentCallContext): boolean {
  if (ctx.action === 'publish') return true;
  if (ctx.action === 'create' || ctx.action === 'update') return ctx.params?.status === 'published';
  return false;
}

/** True when the call writes content (the draft or a published version). */
export function isWriting(ctx: DocumentCallContext): boolean {
  return ['create', 'update', 'clone'].includes(ctx.action);
}
