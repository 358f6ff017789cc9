import type { Core } from '@strapi/strapi';
import type { Portal } from './portal';
import type { PageCache } from './cache';

// Koa middleware serving the portal at the site root. It runs before Strapi's own
// middlewares, answers only portal paths, and sets the public site's security headers
// (R35). Admin, API and uploads paths pass through untouched.

const PASS = /^\/(admin|api|uploads|content-manager|content-type-builder|upload|i18n|users-permissions|email|review-gate|deadlines|importer|privacy-guard|portal|_health|favicon\.ico)(\/|$)/;

const CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function securityHeaders(ctx: any) {
  ctx.set('Content-Security-Policy', CSP);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  ctx.set('X-Frame-Options', 'SAMEORIGIN');
  ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (ctx.secure) ctx.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}

export function portalMiddleware(strapi: Core.Strapi, portal: () => Portal, cache: PageCache) {
  return async (ctx: any, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || PASS.test(ctx.path)) return next();
    const key = ctx.url;
    let res = cache.get(key);
    if (!res) {
      const gen = cache.generation();
      const base = (strapi.config.get('server.url') as string) || `${ctx.protocol}://${ctx.host}`;
      const fresh = await portal().handle(ctx.path, ctx.query, base.replace(/\/$/, ''));
      if (!fresh) return next();
      res = cache.set(key, fresh, gen);
    }
    securityHeaders(ctx);
    ctx.set('ETag', res.etag);
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Vary', 'Accept-Encoding');
    if (res.status === 200 && ctx.get('If-None-Match') === res.etag) {
      ctx.status = 304;
      return;
    }
    ctx.status = res.status;
    ctx.type = res.type;
    ctx.body = res.body;
  };
}
