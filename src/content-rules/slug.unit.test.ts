import { slugFromText, baseSlug } from './slug';

describe('Chinese slugs (R1)', () => {
  it('writes Chinese titles in pinyin', () => {
    expect(slugFromText('政务公开工作要点')).toBe('zheng-wu-gong-kai-gong-zuo-yao-dian');
  });
  it('prefers the 文号 when there is one', () => {
    expect(baseSlug('揭阳市人民政府办公室印发……的通知', '揭府办函〔2018〕40号')).toBe('jie-fu-ban-han-2018-40');
    expect(baseSlug('x', '扬府办发[2018]67号')).toBe('yang-fu-ban-fa-2018-67');
  });
  it('keeps latin letters and digits, drops punctuation, caps the length', () => {
    expect(slugFromText('2018年 GDP 报告！')).toBe('2018-nian-gdp-bao-gao');
    expect(slugFromText('公'.repeat(100)).length).toBeLessThanOrEqual(80);
    expect(slugFromText('！！！')).toBe('item');
  });
});
