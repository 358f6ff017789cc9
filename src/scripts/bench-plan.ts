// The benchmark corpus (bench issue): what notice i of a generated database says — its task
// table, tasks, and (every 10th) a policy interpretation, every 20th a service guide —
// built from sentences of the seed work plans with a seeded PRNG, so the same N gives the
// same corpus. Both ways of writing it use this plan: the document service + review gate
// (bench-generate.ts) and the bulk loader (bench-bulk.ts).

import fs from 'fs';
import path from 'path';
import { prng, type Rng } from '@gongkai/shared';

export { prng };

/** Sentences of the seed work plans (seeds/notices/*.txt), Han-rich, without personal data. */
export function seedSentences(dir: string): string[] {
  const out = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^[#>\-*| ]+/gm, '');
    for (const raw of text.split(/(?<=[。；！？])|\n+/)) {
      const s = raw.trim();
      const han = (s.match(/\p{sc=Han}/gu) ?? []).length;
      // no phone numbers, e-mails or ID-like digit runs (R12 would rightly stop them at 复审)
      if (s.length >= 12 && s.length <= 160 && han / s.length > 0.6 && !/\d{5,}|@|电话|手机|身份证/.test(s)) out.add(s);
    }
  }
  if (out.size < 50) throw new Error(`种子句子太少（${out.size}），请检查 ${dir}`);
  return [...out];
}

export const ISSUERS = [
  ['揭阳市人民政府办公室', '揭府办函'],
  ['揭阳市人民政府', '揭府'],
  ['揭阳市财政局', '揭财'],
  ['揭阳市教育局', '揭教'],
  ['揭阳市民政局', '揭民'],
  ['揭阳市卫生健康局', '揭卫健'],
  ['揭阳市政务服务数据管理局', '揭政数'],
  ['揭阳市扶贫开发办公室', '揭扶贫办'],
];
const TYPES = ['major_decision', 'work_notice', 'implementation_plan', 'other'];
const VALIDITY = ['in_force', 'in_force', 'in_force', 'expired'];
const NUMERALS = '一二三四五六七八九十';

export interface TaskPlan {
  label: string; title: string; requirement: string; leadUnits: string[]; responsibleUnits: string[]; deadlineText: string; deadline: string; order: number;
}
export interface NoticePlan {
  table: { title: string; year: number };
  parts: { label: string; title: string; order: number; tasks: TaskPlan[] }[];
  /** Fields of the notice as the document service takes them; `category` is a documentId. */
  notice: {
    title: string; docNumber: string; docIssuerAbbr: string; docYear: number; docSerial: number; issuer: string; writtenOn: string; signedOn: string; releasedOn: string;
    recipients: string; body: string; disclosureMode: string; documentType: string; validity: string; category: string;
  };
  interp: { title: string; form: string; interpreter: string; summary: string; body: string; releasedOn: string; category: string } | null;
  guide: Record<string, unknown> | null;
}

export function corpus(r: Rng, sentences: string[], unitIds: string[], categoryIds: string[]) {
  const para = (min: number, max: number) => Array.from({ length: min + r.int(max - min + 1) }, () => r.pick(sentences)).join('');
  const body = (paras: number) => Array.from({ length: paras }, () => `<p>${para(2, 5)}</p>`).join('');

  /** Notice i (global index). 文号 serials are unique per issuer and year for every i. */
  function plan(i: number): NoticePlan {
    const [issuer, abbr] = ISSUERS[i % ISSUERS.length];
    const year = 2015 + (i % 10);
    const serial = Math.floor(i / 40) + 1; // i ↦ (i mod 8, i mod 10, ⌊i/40⌋) is one-to-one
    const month = 1 + r.int(12);
    const mm = String(month).padStart(2, '0');
    const writtenOn = `${year}-${mm}-${String(1 + r.int(28)).padStart(2, '0')}`;
    const topic = r.pick(sentences).replace(/[，。；：、（）《》“”\s]/g, '').slice(0, 8 + r.int(10));
    const category = r.pick(categoryIds);
    let order = 0;
    const parts = Array.from({ length: 1 + r.int(3) }, (_, p) => ({
      label: `${NUMERALS[p]}、`,
      title: para(1, 1).slice(0, 40),
      order: ++order,
      tasks: Array.from({ length: 2 + r.int(3) }, (_, k): TaskPlan => ({
        label: `${k + 1}.`, title: para(1, 1), requirement: para(1, 2), leadUnits: [r.pick(unitIds)], responsibleUnits: [...new Set([r.pick(unitIds), r.pick(unitIds)])],
        deadlineText: `${year}年${month}月底前`, deadline: `${year}-${mm}-28`, order: ++order,
      })),
    }));
    // parts take their order before their tasks, as in an imported table
    const notice = {
      title: `${issuer}关于${topic}的通知`, docNumber: `${abbr}〔${year}〕${serial}号`, docIssuerAbbr: abbr, docYear: year, docSerial: serial, issuer,
      writtenOn, signedOn: writtenOn, releasedOn: writtenOn, recipients: '各县（市、区）人民政府（管委会），市直各单位', body: body(4 + r.int(8)),
      disclosureMode: 'proactive', documentType: r.pick(TYPES), validity: r.pick(VALIDITY), category,
    };
    const interp = i % 10 === 0
      ? { title: `《${issuer}关于${topic}的通知》政策解读`, form: 'text', interpreter: `${issuer}有关负责人`, summary: para(1, 2), body: body(3), releasedOn: writtenOn, category }
      : null;
    const guide = i % 20 === 0
      ? {
          title: `${topic.slice(0, 10)}办理（${i}）`, handlingUnit: r.pick(unitIds), legalBasis: para(1, 1), conditions: body(2), promisedDays: 5 + r.int(15), statutoryDays: 20,
          fees: '不收费', place: '揭阳市政务服务中心', hours: '工作日 8:30–12:00，14:30–17:30', category,
          materials: [{ name: '申请表', legalBasis: '《中华人民共和国行政许可法》第二十九条' }, { name: '申请人主体资格证明', legalBasis: '《中华人民共和国行政许可法》第三十一条' }],
          steps: [{ title: '受理' }, { title: '审查' }, { title: '决定' }], effectiveOn: writtenOn,
        }
      : null;
    return { table: { title: `${topic}任务分解表`, year }, parts, notice, interp, guide };
  }
  return { plan, para, body };
}
