// Drives the review gate over its HTTP API the way people do (R10): the editor submits,
// three different reviewers decide 初审, 复审, 终审, then the item is published. Used by
// the demo (over fetch) and by the tests (over supertest), so both exercise the real path.

export interface GateHttp {
  /** POST a JSON body with an admin JWT; resolves to { status, body }. */
  post(path: string, token: string, body: unknown): Promise<{ status: number; body: any }>;
}

export interface GateTokens { editor: string; first: string; second: string; final: string }

export type Step = 'first' | 'second' | 'final';
const STEPS: Step[] = ['first', 'second', 'final'];
const COMMENTS: Record<Step, string> = { first: '文字、数据核对无误', second: '已完成保密审查和个人信息检查，同意公开', final: '同意发布' };

const path = (action: string, uid: string, documentId: string) => `/review-gate/${action}/${encodeURIComponent(uid)}/${documentId}`;

async function call(http: GateHttp, p: string, token: string, body: unknown) {
  const res = await http.post(p, token, body);
  if (res.status !== 200) throw new Error(`${p} → ${res.status} ${JSON.stringify(res.body?.error ?? res.body)}`);
  return res.body;
}

/**
 * Submit and approve up to and including `through` (default: all three steps), then
 * publish when all three passed. Returns the steps decided.
 */
export async function reviewAndPublish(http: GateHttp, tokens: GateTokens, uid: string, documentId: string, opts: { through?: Step; publish?: boolean } = {}) {
  await call(http, path('submit', uid, documentId), tokens.editor, { comment: '请审核' });
  const last = STEPS.indexOf(opts.through ?? 'final');
  for (const step of STEPS.slice(0, last + 1)) {
    await call(http, path('decide', uid, documentId), tokens[step], { step, decision: 'approve', comment: COMMENTS[step] });
  }
  if (last === 2 && opts.publish !== false) await call(http, path('publish', uid, documentId), tokens.final, {});
  return STEPS.slice(0, last + 1);
}
