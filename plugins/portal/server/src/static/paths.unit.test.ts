import { fileFor, urlFor, isInternal } from './paths';

// Static publishing (R35): the URL → file mapping nginx's `try_files $uri $uri/index.html` relies on.
describe('fileFor / urlFor', () => {
  it.each([
    ['/', 'index.html'],
    ['/notices', 'notices/index.html'],
    ['/notices/jie-fu-ban-han-2018-40', 'notices/jie-fu-ban-han-2018-40/index.html'],
    ['/notices/jie-fu-ban-han-2018-40/tasks.csv', 'notices/jie-fu-ban-han-2018-40/tasks.csv'],
    ['/notices/jie-fu-ban-han-2018-40/tasks.json', 'notices/jie-fu-ban-han-2018-40/tasks.json'],
    ['/catalog/jingzhun-fupin/feed.xml', 'catalog/jingzhun-fupin/feed.xml'],
    ['/portal-assets/portal.css', 'portal-assets/portal.css'],
    ['/robots.txt', 'robots.txt'],
  ])('%s ↔ %s', (url, file) => {
    expect(fileFor(url)).toBe(file);
    expect(urlFor(file)).toBe(url);
  });

  it('refuses paths that could leave the output directory or carry a query', () => {
    for (const bad of ['../etc/passwd', '/notices/../../x', '/a\\b', '/notices?page=2', 'notices']) expect(() => fileFor(bad)).toThrow(/不是可静态化的路径/);
  });

  it('treats the manifest, the lock and temp files as internal, and pages as not', () => {
    expect(isInternal('manifest.json')).toBe(true);
    expect(isInternal('.gk-lock')).toBe(true);
    expect(isInternal('notices/x/.gk-tmp-123-abc-index.html')).toBe(true);
    expect(isInternal('notices/manifest.json')).toBe(false);
    expect(isInternal('notices/x/index.html')).toBe(false);
  });
});
