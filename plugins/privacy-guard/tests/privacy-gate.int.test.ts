import path from 'path';
import { spawnSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { adminLogin } from '../../../tests/helpers/http';
import { makeCard, makeId } from '../server/src/detect/__fixtures__/identifiers';
import { NOTICE, type People, gateApi, newNotice, people, privacyApi, removeUploads, uploadFile } from './helpers';

// R12 × R10: findings block the 复审 step of the real review gate until masked, unless
// the reviewer records the item as 惩戒性公示 or 强制性信息披露 with a reason, kept in the
// gate's audit trail. Then `npm run privacy:scan` over what was published.
let app: Core.Strapi;
let p: People;
let first2: Awaited<ReturnType<typeof adminLogin>>;
let gate: ReturnType<typeof gateApi>;
let privacy: ReturnType<typeof privacyApi>;
const uploads: any[] = [];
/** The 行政处罚决定书 published under an exemption: personal information on the public site, on purpose. */
let exempted: { documentId: string; title: string } | null = null;

const ID = makeId('445202', '19790506', '118');
const CARD = makeCard('621700', 19);
const maskedId = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

const penaltyBody =
  '<h2>行政处罚决定书（揭市监罚〔2024〕15号）</h2>' +
  `<p>当事人：林某某，公民身份号码：${ID}，手机：13812345678。</p>` +
  '<p>经查，当事人未取得食品经营许可从事食品经营活动，依据《中华人民共和国食品安全法》第一百二十二条，决定没收违法所得并处罚款。</p>' +
  `<p>罚没款缴入账户：${CARD}。</p>`;

beforeAll(async () => {
  app = await startStrapi();
  p = await people(app);
  first2 = await adminLogin(app, ['gk-first-reviewer']);
  gate = gateApi(app);
  privacy = privacyApi(app);
});
afterAll(async () => {
  if (app) await removeUploads(app, uploads);
  await stopStrapi(app);
});

const approve = (who: { auth: Record<string, string> }, documentId: string, step: string, extra: Record<string, unknown> = {}) =>
  gate.decide(who as any, NOTICE, documentId, { step, decision: 'approve', comment: '同意', ...extra });

async function submittedAndFirstApproved(body: string, extra: Record<string, unknown> = {}) {
  const n = await newNotice(app, p.editor, { body, ...extra });
  expect((await gate.submit(p.editor, NOTICE, n.documentId)).status).toBe(200);
  expect((await approve(p.first, n.documentId, 'first')).status).toBe(200);
  return n;
}

describe('R12 blocks 复审 until masked', () => {
  it('the privacy-guard scanner is what the gate asks', () => {
    const scanner = app.plugin('privacy-guard').service('scanner');
    expect((app.plugin('review-gate').service('gate') as any).privacyScanner()).toBe(scanner);
  });

  it('refuses 复审 with 409 while findings exist, passes after the one-click mask, and the item can be published', async () => {
    const n = await submittedAndFirstApproved(penaltyBody);
    const blocked = await approve(p.second, n.documentId, 'second');
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain('发现 3 处个人信息：身份证号 1 处，手机号 1 处，银行卡号 1 处');
    expect(blocked.body.error.details).toMatchObject({ rule: 'R12' });
    // An exemption must name one of the two bases and give a reason.
    expect((await approve(p.second, n.documentId, 'second', { exemption: { kind: '领导同意', reason: '领导已同意公开' } })).status).toBe(409);
    expect((await approve(p.second, n.documentId, 'second', { exemption: { kind: '惩戒性公示', reason: '  ' } })).status).toBe(409);
    expect((await gate.status(p.editor, NOTICE, n.documentId)).body.data.state).toBe('first_approved');

    const masked = await privacy.mask(p.editor, NOTICE, n.documentId);
    expect(masked.body.data).toMatchObject({ masked: 3, findings: [] });
    // The mask changed the content: the 初审 approval is void and the item goes round again.
    expect((await gate.status(p.editor, NOTICE, n.documentId)).body.data.state).toBe('draft');
    expect((await gate.submit(p.editor, NOTICE, n.documentId)).status).toBe(200);
    expect((await approve(first2, n.documentId, 'first')).status).toBe(200);
    expect((await approve(p.second, n.documentId, 'second')).status).toBe(200);
    expect((await approve(p.final, n.documentId, 'final')).status).toBe(200);
    expect((await gate.publish(p.final, NOTICE, n.documentId)).status).toBe(200);
    const published: any = await app.documents(NOTICE as any).findOne({ documentId: n.documentId, status: 'published' } as any);
    expect(published.body).toContain(maskedId(ID));
    expect(published.body).not.toContain(ID);

    const audit = (await gate.audit(p.editor, NOTICE, n.documentId)).body.data;
    const second = audit.find((a: any) => a.step === 'second' && a.decision === 'approve');
    expect(second.details.privacy).toMatchObject({ checked: true, findings: 0, exemption: null });
  });

  it('passes 复审 with an exemption (惩戒性公示 + reason), kept in the audit trail and the step record', async () => {
    const n = await submittedAndFirstApproved(penaltyBody);
    const reason = '依据《市场监督管理行政处罚信息公示规定》第六条，行政处罚信息依法公示';
    const ok = await approve(p.second, n.documentId, 'second', { comment: '依法公示', exemption: { kind: '惩戒性公示', reason } });
    expect(ok.status).toBe(200);
    expect(ok.body.data.steps[1].exemption).toEqual({ basis: '惩戒性公示', reason });
    const audit = (await gate.audit(p.final, NOTICE, n.documentId)).body.data;
    const rec = audit.find((a: any) => a.step === 'second' && a.decision === 'approve');
    expect(rec.details.privacy).toEqual({
      checked: true,
      findings: 3,
      summary: '发现 3 处个人信息：身份证号 1 处，手机号 1 处，银行卡号 1 处',
      exemption: { basis: '惩戒性公示', reason },
    });
    expect((await approve(p.final, n.documentId, 'final')).status).toBe(200);
    expect((await gate.publish(p.final, NOTICE, n.documentId)).status).toBe(200);
    exempted = { documentId: n.documentId, title: n.title };
  });

  it('accepts 强制性信息披露 too, and a clean draft passes without any exemption', async () => {
    const n = await submittedAndFirstApproved('<p>中标人联系人：赵某，联系电话 0663-8123456。</p>');
    const ok = await approve(p.second, n.documentId, 'second', { exemption: { kind: '强制性信息披露', reason: '《招标投标法实施条例》要求公示中标结果' } });
    expect(ok.status).toBe(200);
    const clean = await submittedAndFirstApproved('<p>请各单位于12月底前报送落实情况。</p>');
    expect((await approve(p.second, clean.documentId, 'second')).status).toBe(200);
  });

  it('an attachment of a readable type that cannot be read blocks 复审 (it was not checked)', async () => {
    const broken = await uploadFile(app, '损坏的名单.docx', Buffer.from('这不是一个 docx 文件'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    uploads.push(broken);
    const n = await submittedAndFirstApproved('<p>附件为名单。</p>', { attachments: [broken.id] });
    const scan = (await privacy.scan(p.second, NOTICE, n.documentId)).body.data;
    expect(scan.errors).toEqual([{ field: 'attachments', file: '损坏的名单.docx', reason: expect.stringContaining('无法读取') }]);
    const res = await approve(p.second, n.documentId, 'second');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('损坏的名单.docx');
    expect((await gate.status(p.editor, NOTICE, n.documentId)).body.data.state).toBe('first_approved');
  });
});

describe('npm run privacy:scan (published content, for sites that imported old content)', () => {
  const root = path.resolve(__dirname, '../../..');
  const runCli = () =>
    spawnSync(process.execPath, ['dist/src/scripts/privacy-scan.js', '--no-compile'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 180_000,
    });

  it('scanPublished() lists the published documents with findings, masked only', async () => {
    const r = await (app.plugin('privacy-guard').service('scanner') as any).scanPublished();
    expect(r.scanned).toBeGreaterThanOrEqual(2);
    // Published so far: the masked notice (clean) and the exempted 行政处罚决定书.
    expect(r.documents.map((d: any) => [d.uid, d.documentId, d.findings.map((f: any) => f.kind).sort()])).toEqual([
      [NOTICE, exempted!.documentId, ['bank-card', 'id-card', 'mobile']],
    ]);
    expect(JSON.stringify(r)).not.toContain(ID);
    expect(JSON.stringify(r)).not.toContain('13812345678');
  });

  it('the CLI prints each finding masked and exits 1; after the item is withdrawn it exits 0', async () => {
    const dirty = runCli();
    expect(dirty.stderr).not.toMatch(/错误：/);
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain(exempted!.title);
    expect(dirty.stdout).toContain(`body\t身份证号\t${maskedId(ID)}`);
    expect(dirty.stdout).toContain('body\t手机号\t138****5678');
    expect(dirty.stdout).not.toContain(ID);
    expect(dirty.stdout).not.toContain(CARD);

    expect((await gate.unpublish(p.final, NOTICE, exempted!.documentId, '公示期满撤下')).status).toBe(200);
    const clean = runCli();
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('未发现个人信息');
  });
});
