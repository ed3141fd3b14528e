import { expect, test } from './fixtures';

const PAGES = ['/', '/en/', '/ar/', '/en/assess/', '/ar/assess/', '/en/results/', '/ar/results/'];

/** The `href` of each `<link>` in a page's HTML whose attributes match. */
function links(html: string, match: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!match.test(tag)) continue;
    const href = /href="([^"]*)"/.exec(tag)?.[1] ?? '';
    out[/hreflang="([^"]*)"/.exec(tag)?.[1] ?? 'canonical'] = href;
  }
  return out;
}

for (const path of PAGES) {
  test(`${path} names its canonical address and its language versions as absolute URLs`, async ({
    request,
  }) => {
    const html = await (await request.get(path)).text();
    const canonical = links(html, /rel="canonical"/)['canonical'] ?? '';
    expect(canonical).toMatch(/^https?:\/\//);
    expect(new URL(canonical).pathname).toBe(path);
    const versions = links(html, /rel="alternate"/);
    expect(Object.keys(versions).sort()).toEqual(['ar', 'en', 'x-default']);
    for (const href of Object.values(versions)) expect(href).toMatch(/^https?:\/\//);
    const route = path.replace(/^\/(en|ar)\//, '');
    expect(new URL(versions['en'] ?? '').pathname).toBe(`/en/${route === '/' ? '' : route}`);
    expect(new URL(versions['ar'] ?? '').pathname).toBe(`/ar/${route === '/' ? '' : route}`);
    expect(new URL(versions['x-default'] ?? '').pathname).toBe('/');
  });
}
