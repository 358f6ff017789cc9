import type { Core } from '@strapi/strapi';
import { canonicalJson, sha256 } from './canonical-json';

// The audit trail (R10: "kept in an audit trail that cannot be edited or deleted").
// Records are only ever inserted, each carrying the hash of the one before it, so a
// record altered or removed directly in the database breaks the chain. The head
// (last seq and hash) is also kept in the core store, so cutting records off the end
// is detected too. Appends are serialized: a PostgreSQL transaction-scoped advisory
// lock (SQLite runs one write transaction at a time anyway), and `seq` is unique.

export const AUDIT_UID = 'plugin::review-gate.audit-record';
export const GENESIS = '0'.repeat(64);
const HEAD_KEY = 'audit-head';
const APPEND_LOCK = 0x52475445; // "RGTE"

export type AuditAction = 'submit' | 'decide' | 'void' | 'publish' | 'unpublish';

export interface AuditEntry {
  contentUid: string;
  contentDocumentId: string;
  versionHash: string | null;
  step?: string | null;
  action: AuditAction;
  decision?: string | null;
  userId?: number | null;
  userEmail?: string | null;
  roleCode?: string | null;
  comment?: string | null;
  details?: Record<string, unknown> | null;
}

export interface AuditRecord extends Required<AuditEntry> {
  id?: number;
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

const CHAINED_FIELDS = [
  'seq',
  'contentUid',
  'contentDocumentId',
  'versionHash',
  'step',
  'action',
  'decision',
  'userId',
  'userEmail',
  'roleCode',
  'at',
  'comment',
  'details',
] as const;

/** The hash of a record: its chained fields after the previous record's hash. */
export function recordHash(record: Record<string, any>): string {
  const body: Record<string, unknown> = {};
  for (const f of CHAINED_FIELDS) body[f] = normalise(f, record[f]);
  return sha256(`${record.prevHash}\n${canonicalJson(body)}`);
}

function normalise(field: string, value: unknown) {
  if (value === undefined || value === null) return null;
  if (field === 'seq' || field === 'userId') return Number(value);
  if (field === 'details' && typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function store(strapi: Core.Strapi) {
  return strapi.store({ type: 'plugin', name: 'review-gate' });
}

async function serializeAppends(strapi: Core.Strapi, trx: any) {
  const client = String((strapi.db as any).config?.connection?.client ?? '');
  if (client === 'postgres' || client === 'pg') await trx.raw('SELECT pg_advisory_xact_lock(?)', [APPEND_LOCK]);
}

// Appends made concurrently inside ONE transaction (the content-manager's bulk publish
// runs its publishes with Promise.all in a single transaction) share the database lock,
// so they are queued here, per transaction, in process.
const queues = new WeakMap<object, Promise<unknown>>();

function inOrder<T>(trx: object, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(trx) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  queues.set(trx, run.catch(() => undefined));
  return run;
}

/** Append one record to the chain, in the caller's transaction when there is one. */
export async function appendAudit(strapi: Core.Strapi, entry: AuditEntry): Promise<AuditRecord> {
  return strapi.db.transaction(({ trx }) => inOrder(trx, () => appendInTransaction(strapi, trx, entry)));
}

async function appendInTransaction(strapi: Core.Strapi, trx: any, entry: AuditEntry): Promise<AuditRecord> {
  {
    await serializeAppends(strapi, trx);
    const last = await strapi.db.query(AUDIT_UID as any).findOne({ select: ['seq', 'hash'], orderBy: { seq: 'desc' } });
    const record: any = {
      seq: (last?.seq ?? 0) + 1,
      contentUid: entry.contentUid,
      contentDocumentId: entry.contentDocumentId,
      versionHash: entry.versionHash ?? null,
      step: entry.step ?? null,
      action: entry.action,
      decision: entry.decision ?? null,
      userId: entry.userId ?? null,
      userEmail: entry.userEmail ?? null,
      roleCode: entry.roleCode ?? null,
      at: new Date().toISOString(),
      comment: entry.comment ?? null,
      details: entry.details ?? null,
      prevHash: last?.hash ?? GENESIS,
    };
    record.hash = recordHash(record);
    const saved = await strapi.db.query(AUDIT_UID as any).create({ data: record });
    await store(strapi).set({ key: HEAD_KEY, value: { seq: record.seq, hash: record.hash } });
    return { ...record, id: saved.id };
  }
}

export interface ChainProblem {
  kind: 'altered' | 'missing' | 'broken-link' | 'head-mismatch';
  seq: number | null;
  message: string;
}

/** Walk the whole chain; every problem found is reported (Chinese messages). */
export async function verifyChain(strapi: Core.Strapi): Promise<{ records: number; head: { seq: number; hash: string } | null; problems: ChainProblem[] }> {
  const problems: ChainProblem[] = [];
  const rows: any[] = await strapi.db.query(AUDIT_UID as any).findMany({ orderBy: { seq: 'asc' } });
  let expectedSeq = 1;
  let prevHash = GENESIS;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== expectedSeq) {
      problems.push({
        kind: 'missing',
        seq: expectedSeq,
        message:
          seq < expectedSeq
            ? `审计记录序号 ${seq} 重复或乱序`
            : `审计记录第 ${seq - 1 === expectedSeq ? expectedSeq : `${expectedSeq}–${seq - 1}`} 条缺失（被删除）`,
      });
    }
    if (row.prevHash !== prevHash) {
      problems.push({ kind: 'broken-link', seq, message: `审计记录第 ${seq} 条与前一条的哈希链断开` });
    }
    if (recordHash(row) !== row.hash) {
      problems.push({ kind: 'altered', seq, message: `审计记录第 ${seq} 条的内容与其哈希不符（被篡改）` });
    }
    expectedSeq = seq + 1;
    prevHash = row.hash;
  }
  const head = (await store(strapi).get({ key: HEAD_KEY })) as { seq: number; hash: string } | null;
  const last = rows.at(-1);
  if (head && (!last || Number(last.seq) !== Number(head.seq) || last.hash !== head.hash)) {
    problems.push({
      kind: 'head-mismatch',
      seq: head.seq,
      message: `审计链末端应为第 ${head.seq} 条，实际为第 ${last ? last.seq : 0} 条（末尾记录被删除或改动）`,
    });
  }
  if (!head && last) {
    problems.push({ kind: 'head-mismatch', seq: null, message: '审计链末端锚点缺失' });
  }
  return { records: rows.length, head, problems };
}

export async function auditOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<AuditRecord[]> {
  return strapi.db.query(AUDIT_UID as any).findMany({
    where: { contentUid: uid, contentDocumentId: documentId },
    orderBy: { seq: 'asc' },
  });
}
