// R31 test and benchmark data: synthetic government documents built from the
// sentences of the seed notices (seeds/notices/*.txt), with a seeded PRNG so a
// run is reproducible. Used by search*.int.test.ts and bench/search.ts.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { prng } from '@gongkai/shared';
import type { SearchItem } from '../server/src/search/types';

const SEEDS = path.resolve(__dirname, '..', '..', '..', 'seeds', 'notices');

export { prng };

/** Sentences of the seed notices (split after 。；！？ and at line ends), markup removed. */
export function seedSentences(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(SEEDS, file), 'utf8').replace(/<\/?p>/g, ' ').replace(/^#+\s*/gm, '');
    for (const s of text.split(/(?<=[。；！？])|\n/)) {
      const t = s.replace(/\t/g, ' ').trim();
      if (t.length >= 6 && !/^[-━]+$/.test(t)) out.push(t);
    }
  }
  return out;
}

export const ISSUERS = ['揭阳市人民政府办公室', '泉港区人民政府办公室', '广东省人民政府办公厅', '攸县人民政府办公室', '揭阳市财政局', '揭阳市教育局'];
const ABBR = ['揭府办函', '泉政办', '粤府办', '攸政办发', '揭财', '揭教'];
export const DOCUMENT_TYPES = ['normative', 'major_decision', 'work_notice', 'forwarded', 'implementation_plan', 'other'];
export const VALIDITIES = ['in_force', 'expired', 'repealed'];
export const CATEGORIES = ['cat-root', 'cat-a', 'cat-a1', 'cat-a2', 'cat-b'];
/** parent of each category above (cat-a1 and cat-a2 under cat-a, cat-a and cat-b under cat-root) */
export const CATEGORY_EDGES = [
  { documentId: 'cat-root', parentDocumentId: null },
  { documentId: 'cat-a', parentDocumentId: 'cat-root' },
  { documentId: 'cat-a1', parentDocumentId: 'cat-a' },
  { documentId: 'cat-a2', parentDocumentId: 'cat-a' },
  { documentId: 'cat-b', parentDocumentId: 'cat-root' },
];

export interface CorpusOptions {
  docs: number;
  seed?: number;
  /** sentences per body: min, max */
  sentences?: [number, number];
  uid?: string;
}

/** `docs` synthetic notices: titles, 文号 in 〔〕 [] and （） forms, HTML or plain bodies, filter values. */
export function generateCorpus({ docs, seed = 20180531, sentences = [3, 25], uid = 'api::notice.notice' }: CorpusOptions): SearchItem[] {
  const r = prng(seed);
  const pool = seedSentences();
  const items: SearchItem[] = [];
  for (let k = 0; k < docs; k++) {
    const n = sentences[0] + r.int(sentences[1] - sentences[0] + 1);
    const parts = Array.from({ length: n }, () => r.pick(pool));
    const html = r.next() < 0.5;
    const body = html ? parts.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('') : parts.join('');
    const year = 2015 + r.int(6);
    const issuerIdx = r.int(ISSUERS.length);
    const [open, close] = r.pick([['〔', '〕'], ['[', ']'], ['（', '）']] as const);
    const titleCore = r.pick(pool).replace(/[。；！？，、：“”《》（）]/g, '').slice(0, 8 + r.int(20));
    items.push({
      uid,
      documentId: `doc${String(k).padStart(6, '0')}`,
      title: `关于${titleCore}的通知`,
      docNumber: r.next() < 0.8 ? `${ABBR[issuerIdx]}${open}${year}${close}${1 + r.int(120)}号` : null,
      slug: `doc-${k}`,
      body,
      year,
      issuer: ISSUERS[issuerIdx],
      documentType: r.pick(DOCUMENT_TYPES),
      categoryDocumentId: r.pick(CATEGORIES),
      validity: r.pick(VALIDITIES),
      publishedAt: new Date(Date.UTC(year, r.int(12), 1 + r.int(28), r.int(24))).toISOString(),
    });
  }
  return items;
}
