import { filterSql, parseFilters } from './filters';

describe('search filters (R31, R30)', () => {
  it('validates and splits off the category', () => {
    expect(parseFilters({ year: '2018', issuer: ' 揭阳市人民政府办公室 ', documentType: ['normative', 'work_notice'], validity: 'in_force', categoryDocumentId: 'c1', uid: 'api::notice.notice' })).toEqual({
      store: { uids: ['api::notice.notice'], year: 2018, issuers: ['揭阳市人民政府办公室'], documentTypes: ['normative', 'work_notice'], validities: ['in_force'] },
      category: 'c1',
    });
    expect(parseFilters(undefined)).toEqual({ store: { uids: undefined, year: undefined, issuers: undefined, documentTypes: undefined, validities: undefined }, category: undefined });
  });

  it('rejects malformed values with Chinese messages', () => {
    expect(() => parseFilters({ year: '18' })).toThrow('年份格式不正确。');
    expect(() => parseFilters({ year: 'abcd' as any })).toThrow('年份格式不正确。');
    expect(() => parseFilters({ issuer: 'x'.repeat(201) })).toThrow('发文机关格式不正确。');
    expect(() => parseFilters({ documentType: Array(21).fill('a') })).toThrow('文件类型的取值过多。');
    expect(() => parseFilters({ categoryDocumentId: ['a', 'b'] as any })).toThrow('栏目格式不正确。');
  });

  it('builds bound SQL conditions only (values never in the SQL text)', () => {
    const f = filterSql({ year: 2018, issuers: ["a'b"], categoryIds: ['c1', 'c2'] }, 'c');
    expect(f.sql).toBe(' AND c.year = ? AND c.issuer IN (?) AND c.category_document_id IN (?, ?)');
    expect(f.bindings).toEqual([2018, "a'b", 'c1', 'c2']);
    expect(filterSql({}).sql).toBe('');
    expect(filterSql({ categoryIds: [] }).sql).toBe(' AND 1 = 0');
  });
});
