// R12: precision and recall over the labelled corpus of document snippets.
// Also: the sample government documents (seeds) contain no personal
// information and must produce no findings at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToScanText, scanHtml } from './html-text';
import { scanText } from './scan';
import { CORPUS, CORPUS_NOW } from './__fixtures__/corpus';
import { makeCard, makeCreditCode, makeId } from './__fixtures__/identifiers';

type Detector = (e: (typeof CORPUS)[number]) => { kind: string; value: string }[];

const realDetector: Detector = (e) => {
  const opts = { now: CORPUS_NOW, officialNumbers: e.officialNumbers };
  return e.html ? scanHtml(e.text, opts) : scanText(e.text, opts);
};

function evaluate(detect: Detector = realDetector) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const e of CORPUS) {
    const got = detect(e).map((f) => `${f.kind}|${f.value}`);
    const remaining = [...got];
    for (const x of e.expected.map((f) => `${f.kind}|${f.value}`)) {
      const i = remaining.indexOf(x);
      if (i >= 0) {
        remaining.splice(i, 1);
        tp++;
      } else {
        fn++;
        misses.push(`${e.id}: ${x}`);
      }
    }
    fp += remaining.length;
    falseAlarms.push(...remaining.map((x) => `${e.id}: ${x}`));
  }
  return { tp, fp, fn, misses, falseAlarms, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('R12 labelled corpus', () => {
  it('has at least 40 entries, with positives, near misses and no-alarm cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
    const positives = CORPUS.flatMap((e) => e.expected);
    for (const kind of ['id-card', 'mobile', 'landline', 'bank-card', 'email'] as const) {
      expect(positives.filter((f) => f.kind === kind).length).toBeGreaterThanOrEqual(4);
    }
    expect(CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(15);
    // Every labelled value really occurs in its snippet.
    for (const e of CORPUS) {
      const text = e.html ? htmlToScanText(e.text).text : e.text;
      for (const f of e.expected) expect([e.id, f.value, text.includes(f.value)]).toEqual([e.id, f.value, true]);
    }
  });

  it('reaches precision and recall of at least 0.98', () => {
    const r = evaluate();
    // eslint-disable-next-line no-console
    console.log(
      `R12 corpus: ${CORPUS.length} snippets, ${r.tp + r.fn} labelled findings — TP ${r.tp}, FP ${r.fp}, FN ${r.fn}; ` +
        `precision ${r.precision.toFixed(4)}, recall ${r.recall.toFixed(4)}\n` +
        `missed: ${r.misses.join('; ') || 'none'}\nfalse alarms: ${r.falseAlarms.join('; ') || 'none'}`,
    );
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('the metric itself can fail: no findings give recall 0, extra findings lower precision', () => {
    expect(evaluate(() => []).recall).toBe(0);
    const noisy = evaluate((e) => [...e.expected, { kind: 'mobile', value: 'x' }]);
    expect(noisy.recall).toBe(1);
    expect(noisy.precision).toBeLessThan(0.6);
  });
});

describe('R12 sample documents (seeds) raise no false alarms', () => {
  const dirs = [join(__dirname, '../../../../../seeds'), '/work/shared/seeds'];
  const dir = dirs.find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.txt')));
  const files = dir ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];

  (files.length ? it : it.skip)(`no findings in ${files.length} seed documents`, () => {
    for (const f of files) {
      const text = readFileSync(join(dir!, f), 'utf8');
      expect([f, scanText(text)]).toEqual([f, []]);
    }
  });

  (files.length ? it : it.skip)('but a leak planted into a seed document is found', () => {
    const text = readFileSync(join(dir!, files[0]), 'utf8');
    const id = makeId('445202', '19850312', '271');
    const card = makeCard('621700', 19);
    const planted = text.replace('\n', `\n联系人：张某，身份证${id}，卡号${card}，统一社会信用代码${makeCreditCode('91445200MA4UQ7K3X')}\n`);
    expect(scanText(planted).map((f) => [f.kind, f.value])).toEqual([
      ['id-card', id],
      ['bank-card', card],
    ]);
  });
});
