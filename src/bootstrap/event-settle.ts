import type { Core } from '@strapi/strapi';

// Strapi emits entry.* events after commit without awaiting them, and its shutdown closes
// the database right after the lifecycles run. Content reactions (search index, deadline
// records, static pages, NOTIFY to other nodes) could then be cut off mid-query. This keeps
// the in-flight emits so shutdown — and the test harness — can wait for them to finish.

const inflight = new Set<Promise<unknown>>();

export function trackEvents(strapi: Core.Strapi) {
  const hub: any = strapi.eventHub;
  const emit = hub.emit.bind(hub);
  hub.emit = (...args: unknown[]) => {
    const p: Promise<unknown> = Promise.resolve(emit(...args));
    inflight.add(p);
    p.finally(() => inflight.delete(p)).catch(() => {});
    return p;
  };
  // reachable from scripts and tests, which load this app from dist/ (another module instance)
  (strapi as any).settleEvents = settleEvents;
}

/** Resolve once every event emitted so far (and any emitted meanwhile) was handled, or after `ms`. */
export async function settleEvents(ms = 10_000) {
  const deadline = Date.now() + ms;
  // an event's handlers may write and so emit further events: loop until quiet
  while (inflight.size && Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => { timer = setTimeout(r, Math.max(0, deadline - Date.now())); })]);
    clearTimeout(timer); // a pending timer would hold the process open at shutdown
    await new Promise((r) => setImmediate(r));
  }
}
