// R12 no-false-alarm rules: spans of the (normalised) text that hold
// identifiers of documents and organisations, never personal information.
//   - 索引号 (index numbers): "11440500007263041X/2018-00123", "000014349/2018-00064"
//   - values right after a label naming a non-personal identifier:
//     统一社会信用代码, 组织机构代码, 注册号, 索引号, 项目/采购/招标/合同编号,
//     订单号, 流水号, 证书编号, 许可证号, 档案号, 邮政编码 …
//   - URLs: their digits are paths and ids, not phone or card numbers (an ID
//     number or e-mail inside a URL is still reported — those detectors do not
//     consult URL spans).
// 文号 (揭府办函〔2018〕40号), dates, statute and article numbers need no rule:
// their digit runs are too short for any detector.
import type { Candidate } from './spans';

const INDEX_NUMBER = /(?<![0-9A-Za-z])[0-9A-Za-z]{6,18}\/(?:19|20)\d{2}-\d{3,8}(?![0-9A-Za-z])/g;

const NON_PERSONAL_LABELS = [
  '索引号', '统一社会信用代码', '社会信用代码', '信用代码', '组织机构代码', '机构代码', '注册号', '营业执照号',
  '项目编号', '采购编号', '招标编号', '合同编号', '采购项目编号', '订单号', '流水号', '证书编号', '许可证号',
  '许可证编号', '档案号', '邮政编码', '邮编', '批准文号', '登记证号', '发票代码', '发票号码',
];
const LABELLED_VALUE = new RegExp(
  `(?:${NON_PERSONAL_LABELS.join('|')})\\s?(?:为|是)?\\s?:?\\s?([0-9A-Za-z][0-9A-Za-z/-]*)`,
  'g',
);

const URL = /(?:https?:\/\/|www\.)[^\s<>"'，。；、）)】\]]+/gi;

/** Identifiers that are known not to be personal information (kind null). */
export function findNonPersonalIdentifiers(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(INDEX_NUMBER)) out.push({ kind: null, start: m.index!, end: m.index! + m[0].length });
  for (const m of norm.matchAll(LABELLED_VALUE)) {
    const start = m.index! + m[0].length - m[1].length;
    out.push({ kind: null, start, end: start + m[1].length });
  }
  return out;
}

/** URL spans; phone and bank-card detectors skip numbers inside them. */
export function findUrls(norm: string): Candidate[] {
  return [...norm.matchAll(URL)].map((m) => ({ kind: null, start: m.index!, end: m.index! + m[0].length }));
}
