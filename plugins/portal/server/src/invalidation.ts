import os from 'os';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

// Two or more Strapi nodes on one PostgreSQL (issue "Two nodes"): each node caches
// rendered pages in memory, so a content change on one node must clear the caches of
// the others. After commit, the changing node sends NOTIFY on channel gongkai_portal;
// every node keeps one dedicated connection LISTENing and clears its cache on messages
// from other nodes. NOTIFY is delivered in commit order within milliseconds — no TTL.
// SQLite means one process: nothing to do.

export const CHANNEL = 'gongkai_portal';

export interface InvalidationMessage { from: string; paths?: string[] | 'all' }

export function createInvalidation(strapi: Core.Strapi, onRemote: (msg: InvalidationMessage) => void) {
  const id = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
  const isPg = (strapi.db as any)?.config?.connection?.client === 'postgres' || (strapi.db as any)?.dialect?.client === 'postgres';
  let client: any = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let connected = false;
  const received = { count: 0 };

  async function listen() {
    if (stopped) return;
    const { Client } = require('pg');
    const conn = (strapi.db as any).config.connection.connection;
    const c = new Client(typeof conn === 'function' ? await conn() : conn);
    const again = (err?: unknown) => {
      if (client !== c) return;
      client = null;
      connected = false;
      c.end().catch(() => {});
      if (stopped) return;
      strapi.log.warn(`[portal] ${CHANNEL} listener lost (${err}); reconnecting — clearing the page cache meanwhile`);
      // messages may have been missed while disconnected: treat as a change
      onRemote({ from: 'reconnect', paths: [] });
      retry = setTimeout(() => listen().catch(again), 1000);
    };
    client = c;
    c.on('error', again);
    c.on('end', () => again('connection ended'));
    c.on('notification', (n: any) => {
      if (n.channel !== CHANNEL) return;
      let msg: InvalidationMessage;
      try { msg = JSON.parse(n.payload); } catch { return; }
      if (msg.from === id) return; // our own change: already handled locally
      received.count++;
      onRemote(msg);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      connected = true;
    } catch (err) {
      again(err);
    }
  }

  return {
    id,
    enabled: isPg,
    received,
    isListening: () => connected,
    async start() {
      if (isPg) await listen();
    },
    /** Tell the other nodes (call after commit). paths: static pages they should regenerate if they keep their own copy. */
    async notify(paths?: string[] | 'all') {
      if (!isPg) return;
      const msg: InvalidationMessage = { from: id, paths };
      let payload = JSON.stringify(msg);
      if (payload.length > 7000) payload = JSON.stringify({ from: id, paths: 'all' }); // NOTIFY payloads are < 8000 bytes
      try {
        await strapi.db.connection.raw('select pg_notify(?, ?)', [CHANNEL, payload]);
      } catch (err) {
        strapi.log.error(`[portal] ${CHANNEL} notify failed: ${err}`);
      }
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      connected = false;
      if (c) await c.end().catch(() => {});
    },
  };
}

export type Invalidation = ReturnType<typeof createInvalidation>;
