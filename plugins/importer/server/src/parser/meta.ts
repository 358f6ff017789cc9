// Metadata lines of a notice (R1): header blocks such as "【发文字号】扬府办发[2018]67号",
// "【发布日期】2018.06.29", "发布日期:2018-05-31", "索引号：…", and the closing lines
// "公开方式：主动公开", "信息公开选项：主动公开", "（此件公开发布）", "抄送：…".
import type { Block } from './types';
import { squeezeSpaces, stripHtml, stripMarkdownInline } from './text';

export type MetaField = 'title' | 'docNumber' | 'issuer' | 'publishDate' | 'date' | 'validity' | 'indexNumber' | 'disclosure' | 'other';

const FIELD_KEYS: [MetaField, string[]][] = [
  ['title', ['标题', '名称', '文件名称', '文件标题']],
  ['docNumber', ['发文字号', '文号', '字号', '文件编号']],
  ['issuer', ['发布部门', '发文机关', '发布机构', '发文单位', '制定机关', '发布单位', '制发机关', '成文单位']],
  ['publishDate', ['发布日期', '发布时间', '公布日期', '公开日期']],
  ['date', ['成文日期', '发文日期', '印发日期', '签发日期', '制发日期']],
  ['validity', ['时效性', '效力状态', '有效性', '时效']],
  ['indexNumber', ['索引号']],
  ['disclosure', ['公开方式', '信息公开选项', '公开属性', '公开类型']],
  ['other', ['主题分类', '分类', '效力级别', '法规类别', '体裁分类', '组配分类', '实施日期', '施行日期', '主题词', '关键词', '来源', '所属机构', '生成日期']],
];
const FIELD_OF = new Map(FIELD_KEYS.flatMap(([field, keys]) => keys.map((k) => [k, field] as const)));
// Longest keys first so that "文件编号" wins over "文号"-like prefixes.
const KEY_ALTERNATION = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const KEY_AT = new RegExp(`(?:【\\s*(${KEY_ALTERNATION})\\s*】|(?<![\\u4e00-\\u9fa5])(${KEY_ALTERNATION})\\s*[：:])\\s*`, 'g');

export interface MetaEntry {
  key: string;
  field: MetaField;
  value: string;
}

function fieldOf(key: string): MetaField {
  return FIELD_OF.get(key) ?? 'other';
}

/** Metadata entries of a line that starts with a key; null for other lines. */
export function metaEntries(b: Block): MetaEntry[] | null {
  const text = b.cells ? b.cells.map((c) => squeezeSpaces(stripMarkdownInline(stripHtml(c)))).join('\t') : b.text;
  KEY_AT.lastIndex = 0;
  const matches = [...text.matchAll(KEY_AT)];
  if (matches.length === 0 || matches[0].index! > 1) return null;
  const entries: MetaEntry[] = [];
  matches.forEach((m, i) => {
    const key = m[1] ?? m[2];
    const end = i + 1 < matches.length ? matches[i + 1].index! : text.length;
    const value = text.slice(m.index! + m[0].length, end).replace(/[\t]+/g, ' ').trim();
    entries.push({ key, field: fieldOf(key), value });
  });
  // "分类：" inside a sentence is not metadata; a metadata value is short.
  if (entries.some((e) => e.value.length > 120)) return null;
  return entries;
}

/** 公开方式 from a closing line, normalised to 主动公开 | 依申请公开 | 不予公开 (R1). */
export function disclosureOf(text: string): string | null {
  const t = text.replace(/[\s*]/g, '');
  const m = /^(?:公开方式|信息公开选项|公开属性|公开类型)[：:](.+)$/.exec(t) ?? /^[（(]?此件(.{2,8}?)[)）]?$/.exec(t);
  if (!m) return null;
  return normaliseDisclosure(m[1]);
}

export function normaliseDisclosure(v: string): string | null {
  if (/依申请/.test(v)) return '依申请公开';
  if (/不予公开|不公开|免于公开|非公开/.test(v)) return '不予公开';
  if (/主动公开|公开发布|全文公开|^公开/.test(v)) return '主动公开';
  return null;
}

/** "抄送：…" → the text after the colon; null for other lines. */
export function ccText(text: string): string | null {
  const m = /^抄\s*送\s*[：:]\s*(.*)$/.exec(text);
  return m ? m[1] : null;
}
