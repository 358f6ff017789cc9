// R12: the one-click mask — formats, idempotence, no new findings.
import { mask, maskText, maskValue } from './mask';
import { scanText } from './scan';
import { fullWidth, groupFours, makeCard, makeId } from './__fixtures__/identifiers';
import { CORPUS, CORPUS_NOW } from './__fixtures__/corpus';
import { scanHtml, maskHtml } from './html-text';

describe('R12 mask formats', () => {
  it.each([
    ['id-card', '110101199003071234', '110101********1234'],
    ['id-card', '11010519491231002X', '110105********002X'],
    ['id-card', '445202630415021', '445202*****5021'],
    ['id-card', '445202 19850312 2718', '445202 ******** 2718'],
    ['id-card', '445202-19850312-271x', '445202-********-271x'],
    ['mobile', '13812345678', '138****5678'],
    ['mobile', '138-1234-5678', '138-****-5678'],
    ['mobile', '+86 138 1234 5678', '+86 138 **** 5678'],
    ['mobile', '8613812345678', '86138****5678'],
    ['mobile', fullWidth('13812345678'), `${fullWidth('138')}****${fullWidth('5678')}`],
    ['landline', '0663-8221234', '0663-****234'],
    ['landline', '(0663)8221234', '(0663)****234'],
    ['landline', '（0663）8221234', '（0663）****234'],
    ['landline', '010-12345678', '010-*****678'],
    ['landline', '020 8765 4321', '020 **** *321'],
    ['landline', '06638221234', '0663****234'],
    ['bank-card', '6217003141592653589', '621700*********3589'],
    ['bank-card', '6222 0288 0012 3456', '6222 02** **** 3456'],
    ['email', 'zhangsan@example.com', 'z***@example.com'],
    ['email', 'a@b.cn', 'a***@b.cn'],
  ] as const)('%s %j → %j', (kind, value, masked) => {
    expect(maskValue(kind, value)).toBe(masked);
    expect(mask({ kind, value })).toBe(masked);
  });
});

describe('R12 maskText', () => {
  const id = makeId('445202', '19850312', '271');
  const text = `张某，身份证${id}，手机138-1234-5678，电话（0663）8221234，卡号${groupFours(makeCard('621700', 19))}，邮箱zhang.san@163.com。`;

  it('replaces exactly the findings and nothing else', () => {
    const fs = scanText(text);
    expect(fs.map((f) => f.kind)).toEqual(['id-card', 'mobile', 'landline', 'bank-card', 'email']);
    const out = maskText(text, fs);
    const card = makeCard('621700', 19);
    expect(out).toBe(
      `张某，身份证445202********${id.slice(14)}，手机138-****-5678，电话（0663）****234，卡号6217 00** **** ***${card[15]} ${card.slice(16)}，邮箱z***@163.com。`,
    );
  });

  it('is idempotent and creates no new findings', () => {
    const once = maskText(text, scanText(text));
    expect(scanText(once)).toEqual([]);
    expect(maskText(once, scanText(once))).toBe(once);
  });

  it('skips stale findings whose value no longer matches the text', () => {
    const fs = scanText(text);
    const edited = text.replace('张某，', '张某某，'); // shifts every position by one
    expect(maskText(edited, fs)).toBe(edited);
  });

  it('masking any corpus entry leaves nothing to find (plain and HTML)', () => {
    for (const e of CORPUS) {
      const opts = { now: CORPUS_NOW, officialNumbers: e.officialNumbers };
      if (e.html) {
        const out = maskHtml(e.text, undefined, opts);
        expect([e.id, scanHtml(out, opts)]).toEqual([e.id, []]);
      } else {
        const out = maskText(e.text, scanText(e.text, opts));
        expect([e.id, scanText(out, opts)]).toEqual([e.id, []]);
      }
    }
  });
});
