import { deriveYear, GUIDE, INTERPRETATION, NOTICE, toSearchItem } from './items';
import { toRecord } from './record';

describe('search items (R31)', () => {
  it('takes the year from the 文号, else 成文日期, 发布日期, publication day in Asia/Shanghai', () => {
    expect(deriveYear({ docYear: 2018, writtenOn: '2019-01-01' })).toBe(2018);
    expect(deriveYear({ writtenOn: '2019-03-01', releasedOn: '2020-01-01' })).toBe(2019);
    expect(deriveYear({ releasedOn: '2020-01-01' })).toBe(2020);
    expect(deriveYear({ publishedAt: '2020-12-31T16:30:00Z' })).toBe(2021); // 00:30 on 1 Jan in Shanghai
    expect(deriveYear({})).toBeNull();
  });

  it('maps a notice with its filters, and leaves out one not disclosed proactively', () => {
    const n = { documentId: 'd1', title: 'T', docNumber: '揭府办函〔2018〕40号', docYear: 2018, slug: 's', body: '<p>正文</p>', issuer: '揭阳市人民政府办公室', documentType: 'normative', validity: 'in_force', category: { documentId: 'c1' }, publishedAt: '2018-06-01T00:00:00.000Z', disclosureMode: 'proactive' };
    expect(toSearchItem(NOTICE, n)).toEqual({
      uid: NOTICE, documentId: 'd1', title: 'T', slug: 's', categoryDocumentId: 'c1', publishedAt: '2018-06-01T00:00:00.000Z',
      docNumber: '揭府办函〔2018〕40号', body: '<p>正文</p>', year: 2018, issuer: '揭阳市人民政府办公室', documentType: 'normative', validity: 'in_force',
    });
    expect(toSearchItem(NOTICE, { ...n, disclosureMode: 'on_request' })).toBeNull();
    expect(toSearchItem(NOTICE, { ...n, disclosureMode: 'not_public' })).toBeNull();
  });

  it('indexes an interpretation with its summary and Q&A, and a guide with its materials and steps', () => {
    const i = toSearchItem(INTERPRETATION, { documentId: 'i1', title: '解读', summary: '摘要', body: '正文', qa: [{ question: '问一', answer: '答一' }], releasedOn: '2018-07-01' })!;
    expect(i.body).toBe('摘要\n正文\n问一\n答一');
    expect(i.year).toBe(2018);
    const g = toSearchItem(GUIDE, { documentId: 'g1', title: '指南', conditions: '条件', materials: [{ name: '身份证', legalBasis: '依据' }], steps: [{ title: '受理' }], handlingUnit: { name: '政务中心' }, publishedAt: '2019-05-05T00:00:00Z' })!;
    expect(g.body).toBe('条件\n身份证\n依据\n受理');
    expect(g.issuer).toBe('政务中心');
    expect(toSearchItem('api::unit.unit', { documentId: 'u' })).toBeNull();
  });

  it('reduces an item to its stored record', () => {
    const r = toRecord({ uid: NOTICE, documentId: 'd1', title: ' 关于扶贫的通知\u0000 ', docNumber: '〔2018〕40号', body: '<p>A&amp;B</p>', publishedAt: '2018-06-01T00:00:00Z', year: 2018 });
    expect(r).toMatchObject({ key: `${NOTICE}:d1`, title: '关于扶贫的通知', bodyText: 'A&B', normTitle: '关于扶贫的通知', normDocNumber: '2018 40号', normBody: 'a b', publishedAt: Date.UTC(2018, 5, 1), issuer: null });
    expect(() => toRecord({ uid: NOTICE, documentId: '', title: 'x' })).toThrow();
  });
});
