// R12: check-character and plausibility rules of the identifiers.
import { hasIdCardShape, idCardCheckChar, isPlausibleBirthDate, isValidIdCard } from './id-card';
import { creditCodeCheckChar, isValidCreditCode } from './credit-code';
import { hasPlausibleIin, isValidBankCard, luhnCheckDigit, luhnValid } from './bank-card';
import { breakLuhn, idCheck, makeCard, makeCreditCode, makeId, withWrongCheck } from './__fixtures__/identifiers';

const NOW = new Date('2024-06-30T04:00:00Z');

describe('R12 居民身份证号 (GB 11643)', () => {
  it('accepts the examples published in GB 11643-1999', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdCard('11010519491231002X', NOW)).toBe(true);
    expect(isValidIdCard('11010519491231002x', NOW)).toBe(true);
    expect(isValidIdCard('440524188001010014', NOW)).toBe(false); // born 1880: before 1900
    expect(idCardCheckChar('44052418800101001')).toBe('4');
  });

  it('agrees with an independent derivation of the check on many random inputs', () => {
    let seed = 11643;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647;
      const first17 = String(seed).padStart(10, '0') + String(seed * 7).slice(-7).padStart(7, '0');
      expect(idCardCheckChar(first17)).toBe(idCheck(first17));
    }
  });

  it('rejects a wrong check character and every other single-character change of it', () => {
    const id = makeId('445202', '19850312', '271');
    expect(isValidIdCard(id, NOW)).toBe(true);
    expect(isValidIdCard(withWrongCheck(id), NOW)).toBe(false);
    const others = '0123456789X'.split('').filter((c) => c !== id[17]);
    expect(others.filter((c) => isValidIdCard(id.slice(0, 17) + c, NOW))).toEqual([]);
  });

  it('needs a real birth date between 1900-01-01 and today', () => {
    expect(isPlausibleBirthDate('19000101', NOW)).toBe(true);
    expect(isPlausibleBirthDate('18991231', NOW)).toBe(false);
    expect(isPlausibleBirthDate('20000229', NOW)).toBe(true);
    expect(isPlausibleBirthDate('19000229', NOW)).toBe(false); // 1900 is not a leap year
    expect(isPlausibleBirthDate('19901301', NOW)).toBe(false);
    expect(isPlausibleBirthDate('19900431', NOW)).toBe(false);
    expect(isPlausibleBirthDate('20240630', NOW)).toBe(true); // today in Asia/Shanghai
    expect(isPlausibleBirthDate('20240701', NOW)).toBe(false);
    expect(isValidIdCard(makeId('445202', '19900230', '123'), NOW)).toBe(false);
    expect(isValidIdCard(makeId('445202', '20250101', '123'), NOW)).toBe(false);
  });

  it('needs a plausible region: a province code, 81/82/83, or 9 + province (永居证)', () => {
    expect(isValidIdCard(makeId('995202', '19900101', '123'), NOW)).toBe(false);
    expect(isValidIdCard(makeId('005202', '19900101', '123'), NOW)).toBe(false);
    expect(isValidIdCard(makeId('810000', '19900101', '123'), NOW)).toBe(true);
    expect(isValidIdCard(makeId('944840', '19900101', '123'), NOW)).toBe(true);
    expect(isValidIdCard(makeId('904840', '19900101', '123'), NOW)).toBe(false);
  });

  it('accepts the 15-digit form with a plausible 19YYMMDD birth date and region', () => {
    expect(isValidIdCard('445202630415021', NOW)).toBe(true);
    expect(isValidIdCard('445202631315021', NOW)).toBe(false);
    expect(isValidIdCard('995202630415021', NOW)).toBe(false);
    expect(isValidIdCard('44520263041502', NOW)).toBe(false);
  });

  it('hasIdCardShape ignores the check character (used to keep near misses out of bank cards)', () => {
    const bad = withWrongCheck(makeId('445202', '19790506', '118'));
    expect(hasIdCardShape(bad, NOW)).toBe(true);
    expect(isValidIdCard(bad, NOW)).toBe(false);
  });
});

describe('R12 统一社会信用代码 (GB 32100)', () => {
  it('accepts the example code of the standard and rejects a changed check character', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('agrees with the independent builder and refuses I, O, S, V, Z and lower case', () => {
    for (const first17 of ['91445200MA4UQ7K3X', '11445200007263041', '52445200MJL123456', '92445202MA52XY6P0', 'Y1445200123456789']) {
      expect(isValidCreditCode(makeCreditCode(first17))).toBe(true);
    }
    expect(creditCodeCheckChar('91445200MA4UQ7K3I')).toBeNull();
    expect(isValidCreditCode(makeCreditCode('91445200MA4UQ7K3X').toLowerCase())).toBe(false);
    expect(isValidCreditCode('91445200MA4UQ7K3')).toBe(false);
  });
});

describe('R12 bank cards (Luhn + issuer prefix)', () => {
  it('implements Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('41111111111x1111')).toBe(false);
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });

  it('needs 16–19 digits, a plausible issuer and a passing Luhn check', () => {
    expect(isValidBankCard(makeCard('621700', 19))).toBe(true);
    expect(isValidBankCard(makeCard('622202', 16))).toBe(true);
    expect(isValidBankCard(makeCard('4367', 16))).toBe(true);
    expect(isValidBankCard(makeCard('5212', 16))).toBe(true);
    expect(isValidBankCard(breakLuhn(makeCard('621700', 19)))).toBe(false);
    expect(isValidBankCard(makeCard('621700', 15))).toBe(false);
    expect(isValidBankCard(makeCard('621700', 20))).toBe(false);
    expect(isValidBankCard(makeCard('2018', 16))).toBe(false); // dates/serials: issuer 20 not plausible
    expect(hasPlausibleIin('9559')).toBe(true);
    expect(hasPlausibleIin('9558')).toBe(false);
    expect(hasPlausibleIin('1380')).toBe(false);
  });
});
