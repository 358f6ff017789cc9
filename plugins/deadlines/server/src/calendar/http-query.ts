// Validation of the public working-day calculator's query strings (R20–R25):
//   GET /api/working-days/add?from=YYYY-MM-DD&days=N
//   GET /api/working-days/between?from=YYYY-MM-DD&to=YYYY-MM-DD
// Invalid input is a 400 with `message` (Chinese) naming `field`.
import { toDayNumber } from '@gongkai/shared';
import { MAX_YEAR, MIN_YEAR } from './import/validate-year';

/** Largest N the calculator accepts (about 14 years of working days). */
export const MAX_CALCULATOR_DAYS = 3650;

export type QueryValidation<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

type DateCheck = { ok: true; value: string } | { ok: false; field: string; message: string };

function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

function checkDate(raw: unknown, field: string, label: string): DateCheck {
  const value = single(raw);
  if (Array.isArray(value)) return { ok: false, field, message: `参数 ${field} 只能出现一次` };
  if (value === undefined || value === null || value === '') {
    return { ok: false, field, message: `缺少参数 ${field}（${label}，格式 YYYY-MM-DD）` };
  }
  if (typeof value !== 'string' || toDayNumber(value) === null) {
    return { ok: false, field, message: `${label} ${String(value)} 无效，应为 YYYY-MM-DD 格式的真实日期` };
  }
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, field, message: `${label} ${value} 超出支持范围（${MIN_YEAR}—${MAX_YEAR} 年）` };
  }
  return { ok: true, value };
}

/** `from` a real date, `days` an integer 0…3650 (given as a decimal string or a number). */
export function validateAddQuery(query: { from?: unknown; days?: unknown }): QueryValidation<{ from: string; days: number }> {
  const from = checkDate(query.from, 'from', '起始日期');
  if (!from.ok) return from;
  const raw = single(query.days);
  const field = 'days';
  if (Array.isArray(raw)) return { ok: false, field, message: '参数 days 只能出现一次' };
  if (raw === undefined || raw === null || raw === '') return { ok: false, field, message: '缺少参数 days（工作日天数）' };
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^-?\d+$/.test(text)) {
    return { ok: false, field, message: `天数 ${String(raw)} 无效，应为 0 到 ${MAX_CALCULATOR_DAYS} 之间的整数` };
  }
  if (text.startsWith('-')) return { ok: false, field, message: `天数不能为负数（收到 ${text}）` };
  const days = Number(text);
  if (days > MAX_CALCULATOR_DAYS) {
    return { ok: false, field, message: `天数 ${text} 过大，不能超过 ${MAX_CALCULATOR_DAYS}` };
  }
  return { ok: true, value: { from: from.value, days } };
}

/** `from` and `to` real dates with to ≥ from. */
export function validateBetweenQuery(query: { from?: unknown; to?: unknown }): QueryValidation<{ from: string; to: string }> {
  const from = checkDate(query.from, 'from', '起始日期');
  if (!from.ok) return from;
  const to = checkDate(query.to, 'to', '结束日期');
  if (!to.ok) return to;
  if (to.value < from.value) {
    return { ok: false, field: 'to', message: `结束日期 ${to.value} 不能早于起始日期 ${from.value}` };
  }
  return { ok: true, value: { from: from.value, to: to.value } };
}
