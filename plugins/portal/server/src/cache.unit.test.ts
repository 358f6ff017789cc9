import { createPageCache } from './cache';

// R35: the page cache is bounded by bytes (every query-string variant is its own key, so
// unbounded it would let anyone exhaust the server's memory).
const page = (body: string) => ({ status: 200, type: 'text/html; charset=utf-8', body });

describe('page cache (R35)', () => {
  it('evicts least recently used pages to stay under the byte bound', () => {
    const cache = createPageCache({ maxBytes: 10_000, maxEntries: 100 });
    const body = '通'.repeat(1000); // 3,000 bytes as UTF-8
    for (const k of ['/a', '/b', '/c']) cache.set(k, page(body), cache.generation());
    expect(cache.size()).toBe(3);
    cache.get('/a'); // /a is now the most recently used
    cache.set('/d', page(body), cache.generation());
    expect(cache.bytes()).toBeLessThanOrEqual(10_000);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')?.body.toString()).toBe(body);
    expect(cache.get('/d')?.etag).toMatch(/^W\/"/);
  });

  it('bounds entries, skips pages larger than the bound, and never stores a render from before a clear', () => {
    const cache = createPageCache({ maxBytes: 1_000_000, maxEntries: 2 });
    for (const k of ['/1', '/2', '/3']) cache.set(k, page('x'), cache.generation());
    expect(cache.size()).toBe(2);
    expect(cache.get('/1')).toBeUndefined();
    const small = createPageCache({ maxBytes: 100 });
    expect(small.set('/big', page('x'.repeat(500)), small.generation()).body.length).toBe(500);
    expect(small.size()).toBe(0);
    const gen = cache.generation();
    let cleared = 0;
    cache.onClear(() => cleared++);
    cache.clear();
    cache.set('/late', page('x'), gen);
    expect(cache.get('/late')).toBeUndefined();
    expect(cleared).toBe(1);
    expect(cache.bytes()).toBe(0);
  });
});
