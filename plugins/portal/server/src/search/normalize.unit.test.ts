import { normalize, normalizeWithOffsets, SENTINEL, tokensOf } from './normalize';

// R31: one normalisation for documents and queries.
describe('normalize (R31)', () => {
  it('folds width and case (NFKC + lower case)', () => {
    expect(normalize('ＡＢＣ１２３ abc')).toBe('abc123 abc');
    expect(normalize('① Ⅻ')).toBe('1 xii');
  });

  it('makes every run of punctuation one boundary, so bracket styles of a 文号 agree', () => {
    expect(normalize('揭府办函〔2018〕40号')).toBe('揭府办函 2018 40号');
    for (const v of ['[2018]40', '（2018）40', '(2018)40', '【2018】40', '〔2018〕40']) expect(normalize(v)).toBe('2018 40');
    expect(normalize('培训，，提高')).toBe('培训 提高');
    expect(normalize('培训……“提高”')).toBe('培训 提高');
  });

  it('drops leading and trailing boundaries; punctuation alone is empty', () => {
    expect(normalize('〔2018〕')).toBe('2018');
    expect(normalize('，。、；：')).toBe('');
    expect(normalize('')).toBe('');
    expect(normalize(null)).toBe('');
  });

  it('ignores spaces next to Han characters but keeps them between Latin letters and digits', () => {
    expect(normalize('揭阳市 2018年 政务公开')).toBe('揭阳市2018年政务公开');
    expect(normalize('扶\u3000贫')).toBe('扶贫');
    expect(normalize('GB/T 37668')).toBe('gb t 37668');
    expect(normalize('2018 40')).toBe('2018 40');
  });

  it('treats a line break as a boundary even between Han characters', () => {
    expect(normalize('政务信息\n公开')).toBe('政务信息 公开');
  });

  it('drops format characters (zero-width space, soft hyphen, BOM)', () => {
    expect(normalize('扶\u200b贫\ufeff')).toBe('扶贫');
    expect(normalize('co\u00adoperate')).toBe('cooperate');
  });

  it('composes combining marks with their base', () => {
    expect(normalize('Cafe\u0301')).toBe(normalize('café'));
    expect(tokensOf(normalize('e\u0301'))).toHaveLength(1);
  });

  it('keeps astral characters (CJK extension B) as single tokens', () => {
    expect(tokensOf(normalize('𠀀𠀁'))).toEqual(['𠀀', '𠀁']);
  });

  it('maps each normalised unit back to the original characters', () => {
    const n = normalizeWithOffsets('Ａ，，b');
    expect(n.text).toBe(`a${SENTINEL}b`);
    expect([n.starts, n.ends]).toEqual([[0, 1, 3], [1, 3, 4]]);
  });

  // Random texts over an alphabet mixing Han, Latin, digits, punctuation, spaces, marks, astral.
  const ALPHABET = ['扶', '贫', '预', '算', 'A', 'b', '1', '２', '，', '〔', '〕', ' ', '\u3000', '\n', '\u200b', 'e\u0301', '𠀀', '①', '-'];
  const randomText = (seed: number, n: number) => {
    let a = seed;
    const rnd = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
    return Array.from({ length: n }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('');
  };

  it('yields only tokens and single inner boundaries, with in-range, ordered offsets', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const s = randomText(seed, 40);
      const n = normalizeWithOffsets(s);
      expect(n.text.startsWith(SENTINEL) || n.text.endsWith(SENTINEL)).toBe(false);
      expect(n.text.includes(SENTINEL + SENTINEL)).toBe(false);
      for (const c of tokensOf(n.text)) expect(c === SENTINEL || /[\p{L}\p{N}\p{M}\p{Co}\p{Cn}]/u.test(c)).toBe(true);
      expect(n.starts).toHaveLength(n.text.length);
      for (let k = 0; k < n.starts.length; k++) {
        expect(n.starts[k]).toBeGreaterThanOrEqual(0);
        expect(n.ends[k]).toBeGreaterThan(n.starts[k]);
        expect(n.ends[k]).toBeLessThanOrEqual(s.length);
        if (k > 0) expect(n.starts[k]).toBeGreaterThanOrEqual(n.starts[k - 1]);
      }
    }
  });

  it('normalises a prefix cut between clusters to a prefix of the whole (snippets rely on it)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const s = randomText(seed, 30);
      const whole = normalize(s);
      for (let cut = 0; cut <= s.length; cut++) {
        const next = s.codePointAt(cut);
        const insideCluster = next !== undefined && (/\p{M}/u.test(String.fromCodePoint(next)) || (next >= 0xdc00 && next <= 0xdfff));
        if (insideCluster) continue;
        expect(whole.startsWith(normalize(s.slice(0, cut)))).toBe(true);
      }
    }
  });
});
