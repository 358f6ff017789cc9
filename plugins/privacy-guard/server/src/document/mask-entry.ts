// R12 one-click mask (去标识化): the document-service `data` that writes the masks into
// the draft. Only fields with findings are sent; a component field is sent whole (with
// its ids, so Strapi updates the instances in place). Attachments cannot be rewritten:
// their findings stay until the editor replaces the file.
import type { Core } from '@strapi/strapi';
import { maskHtml, maskText } from '../detect';
import { attributesOf } from './model-walk';
import type { LocatedFinding } from './scan-entry';

const PLAIN_TYPES = new Set(['string', 'text', 'email']);

export interface MaskPlan {
  data: Record<string, unknown>;
  /** Field paths whose text changes. */
  fields: string[];
  /** Findings written as masks. */
  count: number;
}

/** New value of every text path that has findings. */
function maskedTexts(strapi: Core.Strapi, uid: string, entry: any, findings: LocatedFinding[]): Map<string, string> {
  const byPath = new Map<string, LocatedFinding[]>();
  for (const f of findings) if (!f.file) byPath.set(f.field, [...(byPath.get(f.field) ?? []), f]);
  const out = new Map<string, string>();
  for (const [path, list] of byPath) {
    const { value, type } = valueAt(strapi, uid, entry, path.split('.'));
    if (typeof value !== 'string') continue;
    const next = type === 'richtext' ? maskHtml(value, list) : maskText(value, list);
    if (next !== value) out.set(path, next);
  }
  return out;
}

/** The value and attribute type at a path such as ["materials", "0", "note"]. */
function valueAt(strapi: Core.Strapi, uid: string, entry: any, parts: string[]): { value: unknown; type: string | null } {
  const [name, ...rest] = parts;
  const attr = attributesOf(strapi, uid)[name];
  const value = entry?.[name];
  if (!attr) return { value: undefined, type: null };
  if (!rest.length) return { value, type: attr.type };
  if (attr.type === 'component' && attr.repeatable) return valueAt(strapi, attr.component, value?.[Number(rest[0])], rest.slice(1));
  if (attr.type === 'component') return valueAt(strapi, attr.component, value, rest);
  if (attr.type === 'dynamiczone') {
    const item = value?.[Number(rest[0])];
    return item?.__component ? valueAt(strapi, item.__component, item, rest.slice(1)) : { value: undefined, type: null };
  }
  return { value: undefined, type: null };
}

const mediaIds = (v: any) => (Array.isArray(v) ? v.map((f) => f?.id).filter((id) => id != null) : v?.id ?? null);

/** Component instance data for an update: its id, its values, masked texts replaced. */
function componentData(strapi: Core.Strapi, componentUid: string, value: any, prefix: string, masks: Map<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (value?.id != null) out.id = value.id;
  for (const [name, attr] of Object.entries(attributesOf(strapi, componentUid))) {
    const path = `${prefix}.${name}`;
    const v = value?.[name];
    if (attr.type === 'relation') continue; // untouched when not sent
    if (PLAIN_TYPES.has(attr.type) || attr.type === 'richtext') out[name] = masks.get(path) ?? v ?? null;
    else if (attr.type === 'media') out[name] = mediaIds(v);
    else if (attr.type === 'component') {
      out[name] = attr.repeatable
        ? (Array.isArray(v) ? v : []).map((c, i) => componentData(strapi, attr.component, c, `${path}.${i}`, masks))
        : v
          ? componentData(strapi, attr.component, v, path, masks)
          : null;
    } else if (attr.type === 'dynamiczone') {
      out[name] = (Array.isArray(v) ? v : []).map((c, i) => ({ __component: c.__component, ...componentData(strapi, c.__component, c, `${path}.${i}`, masks) }));
    } else if (v !== undefined) out[name] = v;
  }
  return out;
}

export function planMask(strapi: Core.Strapi, uid: string, entry: any, findings: LocatedFinding[]): MaskPlan {
  const masks = maskedTexts(strapi, uid, entry, findings);
  const data: Record<string, unknown> = {};
  const attrs = attributesOf(strapi, uid);
  for (const top of new Set([...masks.keys()].map((p) => p.split('.')[0]))) {
    const attr = attrs[top];
    const value = entry[top];
    if (attr.type === 'component') {
      data[top] = attr.repeatable
        ? (value as any[]).map((c, i) => componentData(strapi, attr.component, c, `${top}.${i}`, masks))
        : componentData(strapi, attr.component, value, top, masks);
    } else if (attr.type === 'dynamiczone') {
      data[top] = (value as any[]).map((c, i) => ({ __component: c.__component, ...componentData(strapi, c.__component, c, `${top}.${i}`, masks) }));
    } else {
      data[top] = masks.get(top);
    }
  }
  const fields = [...masks.keys()];
  const count = findings.filter((f) => !f.file && masks.has(f.field)).length;
  return { data, fields, count };
}
