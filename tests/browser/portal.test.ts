import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { createPortalFixture } from '../helpers/fixtures';
import { launchChromium, listen, artifactPath } from '../helpers/browser';

// R32 in a real browser: every page type passes axe (no serious/critical violations),
// works with JavaScript disabled, fits 360 px; screenshots kept as test artefacts.
let app: Core.Strapi;
let base: string;
let browser: any;

beforeAll(async () => {
  app = await startStrapi();
  await createPortalFixture(app);
  base = await listen(app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stopStrapi(app);
});

async function pageTypes() {
  const html = await (await fetch(`${base}/`)).text();
  const interp = (await (await fetch(`${base}/notices/jie-fu-ban-han-2018-40`)).text()).match(/href="(\/interpretations\/[a-z0-9-]+)"/)![1];
  const guide = (await (await fetch(`${base}/guides`)).text()).match(/href="(\/guides\/[a-z0-9-]+)"/)![1];
  expect(html).toContain('<html lang="zh-CN">');
  return {
    home: '/', notices: '/notices', notice: '/notices/jie-fu-ban-han-2018-40', interpretation: interp, guides: '/guides', guide,
    catalog: '/catalog', category: '/catalog/jingzhun-fupin', disclosure: '/guide-to-disclosure', progress: '/progress',
    search: '/search?q=%E6%89%B6%E8%B4%AB', notFound: '/no-such-page', badRequest: '/notices?page=0',
  };
}

describe('accessibility (R32)', () => {
  it('every page type: no serious or critical axe violations at 360 px and 1280 px, no horizontal scroll on phones', async () => {
    const AxeBuilder = require('@axe-core/playwright').default;
    const pages = await pageTypes();
    const report: string[] = [];
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: true, locale: 'zh-CN' });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(base + path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const bad = results.violations.filter((v: any) => ['serious', 'critical'].includes(v.impact));
        for (const v of bad) report.push(`${name}@${width}: ${v.id} ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join('; ')})`);
        if (width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 1) report.push(`${name}@360: page scrolls horizontally by ${overflow}px`);
        }
        await page.screenshot({ path: artifactPath(`portal-${name}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
    expect(report).toEqual([]);
  });

  it('works without JavaScript: the search form and list filters submit and return results', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.fill('#site-q', '分工方案');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    expect(await page.textContent('main')).toContain('分工方案');
    await page.goto(`${base}/notices`);
    await page.selectOption('#validity', 'in_force');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/validity=in_force/);
    expect(await page.textContent('main')).toContain('揭府办函〔2018〕40号');
    await context.close();
  });

  it('the skip link is the first focusable element and moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/notices/jie-fu-ban-han-2018-40`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
