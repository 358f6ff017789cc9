// R12: scanning plain text — kinds, positions, no-false-alarm rules, official
// numbers, summary and the 复审 verdict.
import { scanText, maskAll } from './scan';
import { scanFields } from './fields';
import { summarize } from './summary';
import { privacyReviewVerdict } from './review-verdict';
import { fullWidth, groupFours, makeCard, makeCreditCode, makeId, withWrongCheck } from './__fixtures__/identifiers';
import type { Finding } from './types';

const NOW = new Date('2024-06-30T04:00:00Z');
const scan = (text: string, officialNumbers?: string[]) => scanText(text, { now: NOW, officialNumbers });
const pairs = (fs: Finding[]) => fs.map((f) => [f.kind, f.value]);

describe('R12 scanText: what is found', () => {
  const id = makeId('445202', '19850312', '271');

  it('reports kind, field, exact positions, value and masked preview', () => {
    const text = `当事人：张某，身份证号${id}，手机13926381234。`;
    const fs = scanText(text, { field: 'body', now: NOW });
    expect(fs).toHaveLength(2);
    for (const f of fs) {
      expect(f.field).toBe('body');
      expect(text.slice(f.start, f.end)).toBe(f.value);
    }
    expect(fs[0]).toMatchObject({ kind: 'id-card', value: id, masked: `445202********${id.slice(14)}` });
    expect(fs[1]).toMatchObject({ kind: 'mobile', value: '13926381234', masked: '139****1234' });
    expect(fs[0].start).toBe(text.indexOf(id));
  });

  it.each([
    ['13800138000', '13800138000'],
    ['手机：138-0013-8000。', '138-0013-8000'],
    ['手机：138 0013 8000。', '138 0013 8000'],
    ['+86 13800138000', '+86 13800138000'],
    ['+8613800138000', '+8613800138000'],
    ['0086-138-0013-8000', '0086-138-0013-8000'],
    [`电话${fullWidth('13800138000')}`, fullWidth('13800138000')],
    ['19912345678', '19912345678'],
  ])('finds the mobile number in %j', (text, value) => {
    expect(pairs(scan(text))).toEqual([['mobile', value]]);
  });

  it.each([
    ['(0663)8221234'],
    ['（0663）8221234'],
    ['0663-8221234'],
    ['0663－8221234'],
    ['0663 8221234'],
    ['010-12345678'],
    ['010-6512 3456'],
    ['020-87654321'],
    ['06638221234'],
  ])('finds the landline %j', (value) => {
    expect(pairs(scan(`电话：${value}。`))).toEqual([['landline', value]]);
  });

  it('finds bank cards solid and grouped, with space or dash', () => {
    const card = makeCard('621700', 19);
    const card16 = makeCard('622202', 16);
    expect(pairs(scan(`卡号${card}`))).toEqual([['bank-card', card]]);
    expect(pairs(scan(`卡号 ${groupFours(card16)} 。`))).toEqual([['bank-card', groupFours(card16)]]);
    expect(pairs(scan(`卡号 ${groupFours(card16, '-')}`))).toEqual([['bank-card', groupFours(card16, '-')]]);
  });

  it('finds e-mail addresses, including ones made of a phone number', () => {
    expect(pairs(scan('邮箱 Zhang.San-1976@mail.example.com.cn。'))).toEqual([['email', 'Zhang.San-1976@mail.example.com.cn']]);
    expect(pairs(scan('发至13800138000@139.com'))).toEqual([['email', '13800138000@139.com']]);
  });

  it('finds IDs: 18-digit with X, 15-digit, grouped 6-8-4, and 20-digit 残疾人证号', () => {
    let x = '';
    for (let s = 100; !x; s++) {
      const c = makeId('445221', '19900101', String(s));
      if (c.endsWith('X')) x = c;
    }
    expect(pairs(scan(`证号${x}`))).toEqual([['id-card', x]]);
    expect(pairs(scan('证号445202630415021'))).toEqual([['id-card', '445202630415021']]);
    const grouped = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    expect(pairs(scan(`证号 ${grouped}`))).toEqual([['id-card', grouped]]);
    expect(pairs(scan(`残疾人证号${id}42`))).toEqual([['id-card', `${id}42`]]);
  });
});

describe('R12 scanText: no false alarms', () => {
  it.each([
    ['文号', '揭府办函〔2018〕40号、国办发〔2018〕23号、粤府办〔2018〕19号'],
    ['索引号', '索引号：11440500007263041X/2018-00123；000014349/2018-00064；K16292218/2018-00123'],
    ['dates', '2018年6月29日，20180629，2018-06-29，2018.06.29'],
    ['money', '1234567.89元，12,345,678，人民币13800138000元，¥13800138000，预算金额：13800138000'],
    ['statutes', '《政府信息公开条例》第十三条，GB 11643-1999，国务院令第711号'],
    ['postcodes', '邮政编码522000，邮编：362801'],
    ['hotlines', '12345、12315、12366、110、120、95588、96166、400-820-8820、4008208820、800-830-8300、0663-12345'],
    ['serials failing Luhn', `编码${'6222021234567890'}1，序号 ${groupFours('6222021234567890121')}`],
    ['ID near misses', `${withWrongCheck(makeId('445202', '19790506', '118'))} ${makeId('445202', '19900230', '123')} ${makeId('995202', '19900101', '123')}`],
    ['credit codes', `${makeCreditCode('91445200MA4UQ7K3X')}、${makeCreditCode('92445202MA52XY6P0')}`],
    ['labelled identifiers', `统一社会信用代码：${makeCreditCode('11445200007263041')}；项目编号：${makeCard('4405', 16)}；订单号 ${makeCard('6217', 19)}`],
    ['URLs', 'http://www.jieyang.gov.cn/post_13800138000.html'],
    ['longer digit runs', '213800138000、138001380001、2018-13800138000-01、0663822123456789'],
  ])('%s', (_label, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('does not split an ID-shaped near miss into a bank card even if it passes Luhn', () => {
    // Build an ID-shaped 18-digit string with a wrong GB 11643 check but a valid Luhn check
    // (and, to isolate the rule, not a valid credit code either).
    let found = '';
    for (let seq = 100; !found && seq < 1000; seq++) {
      const first17 = `445202${'19790506'}${seq}`;
      for (const c of '0123456789') {
        const s = first17 + c;
        const isId = makeId('445202', '19790506', String(seq)) === s;
        const isCreditCode = makeCreditCode(first17) === s;
        if (!isId && !isCreditCode && makeCard(first17, 18).endsWith(c)) found = s;
      }
    }
    expect(found).not.toBe('');
    expect(scan(found)).toEqual([]);
  });
});

describe('R12 officialNumbers: contacts the editor marked as official', () => {
  it('drops marked phones and e-mails whatever their written form, and only those', () => {
    const text = '咨询电话：（0663）8221234，监督电话：0663-8221235，邮箱 XXGK@example.gov.cn，手机 +86 138 0013 8000';
    expect(pairs(scan(text, ['0663-8221234', 'xxgk@example.gov.cn', '13800138000']))).toEqual([['landline', '0663-8221235']]);
    expect(pairs(scan(text, ['8221235']))).toEqual([
      ['landline', '（0663）8221234'],
      ['email', 'XXGK@example.gov.cn'],
      ['mobile', '+86 138 0013 8000'],
    ]);
  });

  it('attaches a Chinese hint when a label suggests an office number', () => {
    const [f] = scan('咨询电话：0663-8221234');
    expect(f.reason).toContain('咨询电话');
    const [g] = scan('电话0663-8221234');
    expect(g.reason).toBeUndefined();
    const [h] = scan('来信：xxgk@quangang.gov.cn');
    expect(h.reason).toContain('政府域名');
  });
});

describe('R12 scanFields, maskAll and summary', () => {
  it('scans every string field, HTML fields as rich text', () => {
    const fs = scanFields(
      { title: '关于张某（13800138000）的处罚决定', body: '<p>电话<b>0663</b>-8221234</p>', views: 12, summary: null },
      { htmlFields: ['body'], now: NOW },
    );
    expect(fs.map((f) => [f.field, f.kind])).toEqual([
      ['title', 'mobile'],
      ['body', 'landline'],
    ]);
  });

  it('maskAll masks everything and leaves nothing to find', () => {
    const text = `身份证${makeId('445202', '19850312', '271')}，手机13800138000，电话0663-8221234，卡号${makeCard('621700', 19)}，邮箱a.b@c.cn`;
    const masked = maskAll(text, { now: NOW });
    expect(masked).not.toBe(text);
    expect(scan(masked)).toEqual([]);
  });

  it('summarizes in Chinese', () => {
    const f = (kind: Finding['kind']) => ({ kind });
    expect(summarize([])).toBe('未发现个人信息');
    expect(summarize([f('id-card'), f('mobile')])).toBe('发现 2 处个人信息：身份证号 1 处，手机号 1 处');
    expect(summarize([f('email'), f('landline'), f('email'), f('bank-card')])).toBe(
      '发现 4 处个人信息：固定电话 1 处，银行卡号 1 处，电子邮箱 2 处',
    );
  });
});

describe('R12 × R10: the 复审 verdict', () => {
  const findings = scan('手机13800138000，身份证' + makeId('445202', '19850312', '271'));

  it('passes when nothing is found', () => {
    expect(privacyReviewVerdict([])).toEqual({ blocked: false, message: '未发现个人信息', summary: '未发现个人信息' });
  });

  it('blocks on findings until masked', () => {
    const v = privacyReviewVerdict(findings);
    expect(v.blocked).toBe(true);
    expect(v.message).toContain('发现 2 处个人信息');
    expect(v.message).toContain('请先遮盖');
    const afterMask = scan(maskAll('手机13800138000，身份证' + makeId('445202', '19850312', '271'), { now: NOW }));
    expect(privacyReviewVerdict(afterMask).blocked).toBe(false);
  });

  it('passes with a recorded 惩戒性公示 or 强制性信息披露 exemption and a reason, and returns it for the audit trail', () => {
    const v = privacyReviewVerdict(findings, { basis: '惩戒性公示', reason: '  依据《失信被执行人名单》公示规定 ' });
    expect(v).toMatchObject({ blocked: false, exemption: { basis: '惩戒性公示', reason: '依据《失信被执行人名单》公示规定' } });
    expect(privacyReviewVerdict(findings, { basis: '强制性信息披露', reason: '法律规定须公开' }).blocked).toBe(false);
  });

  it('keeps blocking with an empty reason or an unknown basis', () => {
    expect(privacyReviewVerdict(findings, { basis: '惩戒性公示', reason: '  ' }).blocked).toBe(true);
    expect(privacyReviewVerdict(findings, { basis: '惩戒性公示', reason: '同意' }).blocked).toBe(true);
    expect(privacyReviewVerdict(findings, { basis: '领导同意', reason: '领导已经同意公开' }).blocked).toBe(true);
  });
});
