import { firstFree, formatIndexNumber, indexNumberStem, indexSerial } from './identifiers';

describe('generated identifiers (R1)', () => {
  it('firstFree returns the base, then -2, -3 … past taken ones', async () => {
    const taken = new Set(['a', 'a-2']);
    expect(await firstFree('b', (c) => taken.has(c))).toBe('b');
    expect(await firstFree('a', (c) => taken.has(c))).toBe('a-3');
    expect(await firstFree('a', async (c) => taken.has(c))).toBe('a-3');
    expect(await firstFree('a', () => true, 5)).toBeNull();
  });

  it('索引号 stems follow INDEX_NUMBER_PREFIX and the year', () => {
    const old = process.env.INDEX_NUMBER_PREFIX;
    try {
      delete process.env.INDEX_NUMBER_PREFIX;
      expect(indexNumberStem(2018)).toBe('GK-2018-');
      process.env.INDEX_NUMBER_PREFIX = '11445200';
      expect(indexNumberStem(2019)).toBe('11445200-2019-');
      expect(indexNumberStem(null)).toMatch(/^11445200-20\d\d-$/);
    } finally {
      if (old === undefined) delete process.env.INDEX_NUMBER_PREFIX;
      else process.env.INDEX_NUMBER_PREFIX = old;
    }
  });

  it('reads back the serial of generated numbers only', () => {
    expect(formatIndexNumber('GK-2018-', 42)).toBe('GK-2018-00042');
    expect(indexSerial('GK-2018-', 'GK-2018-00042')).toBe(42);
    expect(indexSerial('GK-2018-', 'GK-2018-123456')).toBe(123456);
    expect(indexSerial('GK-2018-', 'GK-2018-A1')).toBe(0);
    expect(indexSerial('GK-2018-', 'GK-2017-00042')).toBe(0);
    expect(indexSerial('GK-2018-', null)).toBe(0);
  });
});
