import { canonicalize, changedFields, contentPopulate, hashOf } from './content-hash';
import { canonicalJson } from './canonical-json';

// The hash must not depend on the database driver: SQLite returns 0/1, numbers and ISO
// strings where PostgreSQL returns booleans, strings and Date objects.
const models: Record<string, any> = {
  'api::doc.doc': {
    attributes: {
      id: { type: 'increments' },
      documentId: { type: 'string' },
      title: { type: 'string' },
      on: { type: 'date' },
      at: { type: 'datetime' },
      flag: { type: 'boolean' },
      n: { type: 'decimal' },
      big: { type: 'biginteger' },
      meta: { type: 'json' },
      tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
      owner: { type: 'relation', relation: 'manyToOne', target: 'api::unit.unit' },
      readers: { type: 'relation', relation: 'oneToMany', target: 'api::r.r', mappedBy: 'doc' },
      files: { type: 'media', multiple: true },
      parts: { type: 'component', repeatable: true, component: 'x.part' },
      createdAt: { type: 'datetime' },
      updatedAt: { type: 'datetime' },
      publishedAt: { type: 'datetime' },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
      locale: { type: 'string' },
    },
  },
  'x.part': { attributes: { id: { type: 'increments' }, label: { type: 'string' }, ref: { type: 'relation', relation: 'manyToOne', target: 'api::unit.unit' } } },
};
const strapi: any = { getModel: (uid: string) => models[uid] };

const sqliteRow = {
  id: 7,
  documentId: 'abc',
  title: '标题',
  on: '2018-07-31',
  at: '2018-07-31T01:02:03.000Z',
  flag: 1,
  n: '12.50',
  big: 9007199254740993n.toString(),
  meta: '{"b":1,"a":[2,1]}',
  tags: [{ id: 3, documentId: 't2' }, { id: 2, documentId: 't1' }],
  owner: { id: 1, documentId: 'u1' },
  readers: [{ documentId: 'r1' }],
  files: [{ id: 9, hash: 'h1', url: '/uploads/h1.pdf', name: 'a.pdf' }],
  parts: [{ id: 44, label: '一', ref: { id: 5, documentId: 'u9' } }],
  createdAt: 1, updatedAt: 2, publishedAt: null, createdBy: { id: 1 }, locale: null,
};
const pgRow = {
  ...sqliteRow,
  id: 70,
  at: new Date('2018-07-31T01:02:03Z'),
  flag: true,
  n: 12.5,
  meta: { a: [2, 1], b: 1 },
  tags: [{ id: 30, documentId: 't1' }, { id: 31, documentId: 't2' }],
  parts: [{ id: 4, label: '一', ref: { id: 50, documentId: 'u9' } }],
  createdAt: new Date(), updatedAt: new Date(),
};

describe('content hash (R10)', () => {
  it('is the same for the same content read from SQLite or PostgreSQL', () => {
    const a = canonicalize(strapi, 'api::doc.doc', sqliteRow);
    const b = canonicalize(strapi, 'api::doc.doc', pgRow);
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(hashOf(a)).toBe(hashOf(b));
    expect(a).toEqual({
      title: '标题',
      on: '2018-07-31',
      at: '2018-07-31T01:02:03.000Z',
      flag: true,
      n: 12.5,
      big: '9007199254740993',
      meta: { b: 1, a: [2, 1] },
      tags: ['t1', 't2'],
      owner: 'u1',
      files: [{ hash: 'h1', url: '/uploads/h1.pdf' }],
      parts: [{ label: '一', ref: 'u9' }],
    });
  });

  it('changes with any content field, component or relation, and names the changed fields', () => {
    const base = canonicalize(strapi, 'api::doc.doc', sqliteRow);
    const variants = [
      { title: '标题2' },
      { parts: [{ label: '二', ref: { documentId: 'u9' } }] },
      { tags: [{ documentId: 't1' }] },
      { files: [] },
      { flag: 0 },
    ];
    for (const v of variants) {
      const other = canonicalize(strapi, 'api::doc.doc', { ...sqliteRow, ...v });
      expect(hashOf(other)).not.toBe(hashOf(base));
      expect(changedFields(base, other)).toEqual(Object.keys(v));
    }
    // system fields and relations owned by the other side do not count
    const same = canonicalize(strapi, 'api::doc.doc', { ...sqliteRow, updatedAt: 99, readers: [], createdBy: { id: 2 } });
    expect(hashOf(same)).toBe(hashOf(base));
  });

  it('loads exactly what it hashes', () => {
    expect(contentPopulate(strapi, 'api::doc.doc')).toEqual({
      tags: { select: ['documentId'] },
      owner: { select: ['documentId'] },
      files: { select: ['hash', 'url'] },
      parts: { populate: { ref: { select: ['documentId'] } } },
    });
  });
});
