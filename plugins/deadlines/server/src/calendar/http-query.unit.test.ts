// Query validation of the public calculator: GET /api/working-days/add and /between (R20–R25).
import { validateAddQuery, validateBetweenQuery } from './http-query';

describe('validateAddQuery', () => {
  it('accepts a real date and 0…3650 days (string or number)', () => {
    expect(validateAddQuery({ from: '2018-09-28', days: '3' })).toEqual({ ok: true, value: { from: '2018-09-28', days: 3 } });
    expect(validateAddQuery({ from: '2018-09-28', days: 0 })).toEqual({ ok: true, value: { from: '2018-09-28', days: 0 } });
    expect(validateAddQuery({ from: '2018-09-28', days: '3650' })).toEqual({ ok: true, value: { from: '2018-09-28', days: 3650 } });
    expect(validateAddQuery({ from: ['2018-09-28'], days: ['020'] })).toEqual({ ok: true, value: { from: '2018-09-28', days: 20 } });
  });

  it.each([
    [{ days: '3' }, 'from', '缺少参数 from（起始日期，格式 YYYY-MM-DD）'],
    [{ from: '2019-02-29', days: '3' }, 'from', '起始日期 2019-02-29 无效，应为 YYYY-MM-DD 格式的真实日期'],
    [{ from: '2018-9-28', days: '3' }, 'from', '起始日期 2018-9-28 无效，应为 YYYY-MM-DD 格式的真实日期'],
    [{ from: '1899-12-31', days: '3' }, 'from', '起始日期 1899-12-31 超出支持范围（1900—2199 年）'],
    [{ from: ['2018-09-28', '2018-09-29'], days: '3' }, 'from', '参数 from 只能出现一次'],
    [{ from: '2018-09-28' }, 'days', '缺少参数 days（工作日天数）'],
    [{ from: '2018-09-28', days: '-1' }, 'days', '天数不能为负数（收到 -1）'],
    [{ from: '2018-09-28', days: -5 }, 'days', '天数不能为负数（收到 -5）'],
    [{ from: '2018-09-28', days: '3651' }, 'days', '天数 3651 过大，不能超过 3650'],
    [{ from: '2018-09-28', days: '99999999999999999999' }, 'days', '天数 99999999999999999999 过大，不能超过 3650'],
    [{ from: '2018-09-28', days: '1.5' }, 'days', '天数 1.5 无效，应为 0 到 3650 之间的整数'],
    [{ from: '2018-09-28', days: '3天' }, 'days', '天数 3天 无效，应为 0 到 3650 之间的整数'],
    [{ from: '2018-09-28', days: '1e3' }, 'days', '天数 1e3 无效，应为 0 到 3650 之间的整数'],
    [{ from: '2018-09-28', days: ['1', '2'] }, 'days', '参数 days 只能出现一次'],
  ])('rejects %j', (query, field, message) => {
    expect(validateAddQuery(query)).toEqual({ ok: false, field, message });
  });
});

describe('validateBetweenQuery', () => {
  it('accepts from ≤ to', () => {
    expect(validateBetweenQuery({ from: '2018-09-28', to: '2018-10-08' })).toEqual({ ok: true, value: { from: '2018-09-28', to: '2018-10-08' } });
    expect(validateBetweenQuery({ from: '2018-09-28', to: '2018-09-28' }).ok).toBe(true);
  });

  it.each([
    [{ to: '2018-10-08' }, 'from', '缺少参数 from（起始日期，格式 YYYY-MM-DD）'],
    [{ from: '2018-09-28' }, 'to', '缺少参数 to（结束日期，格式 YYYY-MM-DD）'],
    [{ from: '2018-09-28', to: '2018-10-32' }, 'to', '结束日期 2018-10-32 无效，应为 YYYY-MM-DD 格式的真实日期'],
    [{ from: '2018-10-08', to: '2018-09-28' }, 'to', '结束日期 2018-09-28 不能早于起始日期 2018-10-08'],
  ])('rejects %j', (query, field, message) => {
    expect(validateBetweenQuery(query)).toEqual({ ok: false, field, message });
  });
});
