// R12: what surrounds a number. Labels before it ("统一社会信用代码：",
// "咨询电话：") and units after it ("元", "万元") tell apart personal numbers
// from the identifiers and amounts government documents are full of.

/** Text on the same line just before `start` (at most `width` characters). */
export function lineBefore(norm: string, start: number, width = 24): string {
  const from = Math.max(0, start - width);
  const chunk = norm.slice(from, start);
  const nl = chunk.lastIndexOf('\n');
  return nl >= 0 ? chunk.slice(nl + 1) : chunk;
}

/** Text on the same line just after `end`. */
export function lineAfter(norm: string, end: number, width = 8): string {
  const chunk = norm.slice(end, end + width);
  const nl = chunk.indexOf('\n');
  return nl >= 0 ? chunk.slice(0, nl) : chunk;
}

// Units that make a digit run an amount or a quantity. Not measure words such
// as 张/个: a name may follow a phone number ("13800138000张先生").
const AMOUNT_AFTER = /^\s?(?:\.\d|元|万|亿|美元|港元|欧元|%|‰|％|千克|公斤|吨|平方米|立方米|公里|亩|人次|户次)/;
const AMOUNT_BEFORE = /(?:[¥￥$€]|人民币|金额|合计|总计|预算|价款|标价|报价)\s?:?\s?$/;

/** The number is an amount or a quantity, not a phone or card number. */
export function isAmountContext(norm: string, start: number, end: number): boolean {
  return AMOUNT_AFTER.test(lineAfter(norm, end)) || AMOUNT_BEFORE.test(lineBefore(norm, start, 8));
}

/** Labels after which a phone number is probably an office's published number. */
const OFFICIAL_PHONE_LABEL = /(咨询电话|监督电话|投诉电话|举报电话|办公电话|值班电话|服务电话|受理电话|联系电话|热线|传真|办公室电话)[^\d\n]{0,6}$/;
/** Labels after which an e-mail address is probably an office mailbox. */
const OFFICIAL_MAIL_LABEL = /(监督|投诉|举报|政务|公开|受理|咨询|办公)[^\n@]{0,4}(邮箱|信箱|邮件)[^@\n]{0,6}$/;

/** A hint for the reviewer when the label suggests an official contact point. */
export function officialHint(norm: string, start: number, kind: 'phone' | 'email', domain?: string): string | undefined {
  const before = lineBefore(norm, start, 20);
  const m = (kind === 'phone' ? OFFICIAL_PHONE_LABEL : OFFICIAL_MAIL_LABEL).exec(before);
  if (m) return `前有“${kind === 'phone' ? m[1] : m[1] + m[2]}”字样，如为单位公开的联系方式，请由编辑标记为官方号码`;
  if (kind === 'email' && domain && /(^|\.)gov\.cn$/i.test(domain)) {
    return '政府域名邮箱，如为单位公开的邮箱，请由编辑标记为官方联系方式';
  }
  return undefined;
}
