// Query-parameter validation for public pages (R35): anything odd becomes a friendly
// 400 page naming the parameter, never a 500.
import { ENUM_LABELS } from '@gongkai/shared';

export class BadQuery extends Error {
  constructor(public param: string, message: string) { super(message); }
}

export function pageParam(v: unknown): number {
  if (v === undefined || v === '') return 1;
  const s = String(v);
  if (!/^\d{1,5}$/.test(s) || Number(s) < 1) throw new BadQuery('page', `页码“${s.slice(0, 20)}”无效，应为 1 到 99999 之间的整数`);
  return Number(s);
}

export function yearParam(v: unknown): number | undefined {
  if (v === undefined || v === '') return undefined;
  const s = String(v);
  if (!/^(19|20)\d{2}$/.test(s)) throw new BadQuery('year', `年份“${s.slice(0, 20)}”无效`);
  return Number(s);
}

export function enumParam(name: 'documentType' | 'validity', param: string, v: unknown): string | undefined {
  if (v === undefined || v === '') return undefined;
  const s = String(v);
  if (!(s in ENUM_LABELS[name])) throw new BadQuery(param, `筛选条件“${s.slice(0, 20)}”无效`);
  return s;
}

export function textParam(param: string, v: unknown, max: number): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (Array.isArray(v)) throw new BadQuery(param, `参数 ${param} 只能出现一次`);
  const s = String(v).trim();
  if (s.length > max) throw new BadQuery(param, `参数 ${param} 过长（最多 ${max} 个字符）`);
  return s;
}

/** Only these parameters exist on each page; an unknown one is a 400, not ignored silently. */
export function onlyParams(query: Record<string, unknown>, allowed: string[]) {
  for (const k of Object.keys(query)) if (!allowed.includes(k)) throw new BadQuery(k, `不支持的参数“${k.slice(0, 20)}”`);
}
