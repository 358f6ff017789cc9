import { parseDocNumber, canonicalDocNumber } from './doc-number';

describe('文号 parsing (R1)', () => {
  it.each([
    ['揭府办函〔2018〕40号', '揭府办函', 2018, 40],
    ['扬府办发[2018]67号', '扬府办发', 2018, 67],
    ['粤府办（2018）19号', '粤府办', 2018, 19],
    ['国办发〔2018〕23号', '国办发', 2018, 23],
    ['泉港政办〔2018〕第5号', '泉港政办', 2018, 5],
  ])('%s', (text, issuerAbbr, year, serial) => {
    expect(parseDocNumber(text)).toEqual({ original: text, issuerAbbr, year, serial });
  });
  it('finds the number inside a sentence and canonicalises brackets', () => {
    const d = parseDocNumber('转发国务院办公厅的通知（粤府办[2018]19号）要求')!;
    expect(d.issuerAbbr).toBe('粤府办');
    expect(canonicalDocNumber(d)).toBe('粤府办〔2018〕19号');
  });
  it('does not let preceding words into the issuer abbreviation', () => {
    expect(parseDocNumber('关于印发2018年政务公开工作要点的通知国办发〔2018〕23号')).toMatchObject({ original: '国办发〔2018〕23号', issuerAbbr: '国办发' });
    expect(parseDocNumber('根据国办发〔2018〕23号')).toMatchObject({ original: '国办发〔2018〕23号', issuerAbbr: '国办发' });
  });

  it('returns null for text without a 文号', () => {
    expect(parseDocNumber('2018年6月29日')).toBeNull();
    expect(parseDocNumber('')).toBeNull();
    expect(parseDocNumber(null)).toBeNull();
  });
});
