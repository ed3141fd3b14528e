import { describe, expect, it } from 'vitest';
import {
  auditPage,
  buildCsp,
  cspHash,
  directiveSources,
  inlineBlocks,
  metaPolicy,
  SECURITY_HEADERS,
} from './security-headers';

const SCRIPT = "alert('Hello, world.');";
const STYLE = 'p{color:red}';

/** A page whose meta tag carries the given policy, with one inline script and one inline style. */
const page = (policy: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style></head><body>${body}<script>${SCRIPT}</script><script type="module" src="/_astro/a.js"></script><script type="application/json">{"data":1}</script></body></html>`;
const covering = `default-src 'self'; script-src 'self' '${cspHash(SCRIPT)}'; style-src 'self' '${cspHash(STYLE)}'`;

describe('the hash of an inline script', () => {
  it('is the base64 SHA-256 of its exact text, as browsers compute it', () => {
    expect(cspHash(SCRIPT)).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('changes with a single space', () => {
    expect(cspHash(` ${SCRIPT}`)).not.toBe(cspHash(SCRIPT));
  });
});

describe('the header policy', () => {
  const policy = buildCsp({ scripts: [cspHash(SCRIPT), cspHash(SCRIPT)], styles: [] });

  it('allows scripts from the site and the hashed inline ones, once each, never any inline', () => {
    expect(directiveSources(policy, 'script-src')).toEqual(["'self'", `'${cspHash(SCRIPT)}'`]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('loads everything else from the site only, embeds no plugin and denies framing', () => {
    expect(directiveSources(policy, 'default-src')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'connect-src')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'object-src')).toEqual(["'none'"]);
    expect(directiveSources(policy, 'base-uri')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'form-action')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('comes with the headers that stop sniffing, referrers, framing and unused features', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )camera=\(\)(, |$)/);
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)(, |$)/);
  });
});

describe('a page’s inline scripts and styles', () => {
  it('are the scripts the browser runs and the style elements, not files or data blocks', () => {
    expect(inlineBlocks(page(covering)).map(({ kind, text }) => [kind, text])).toEqual([
      ['style', STYLE],
      ['script', SCRIPT],
    ]);
  });

  it('are read with the meta tag’s policy, quotes written as entities included', () => {
    expect(metaPolicy(page('script-src &#39;self&#39;'))?.policy).toBe("script-src 'self'");
    expect(metaPolicy('<html><head></head></html>')).toBeNull();
  });
});

describe('the check of a built page', () => {
  it('passes a page whose meta tag hashes every inline script and style', () => {
    expect(auditPage(page(covering))).toEqual([]);
  });

  it('finds a page without a meta tag', () => {
    expect(auditPage('<html><head></head><body></body></html>')).toEqual([
      'no Content-Security-Policy meta tag',
    ]);
  });

  it('finds an inline script or style whose hash is missing', () => {
    const problems = auditPage(page(`script-src 'self'; style-src 'self' '${cspHash(STYLE)}'`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^inline script 2 \(alert.*has no hash in script-src$/);
    expect(auditPage(page(`default-src 'self'; script-src 'self' '${cspHash(SCRIPT)}'`))).toEqual([
      expect.stringMatching(/^inline style 1 .* has no hash in style-src$/),
    ]);
  });

  it('finds a policy that lets any inline script run', () => {
    expect(auditPage(page(`${covering} 'unsafe-inline'`))).toContain(
      "style-src allows 'unsafe-inline'",
    );
    expect(
      auditPage(page(`script-src 'unsafe-inline'; style-src 'self' '${cspHash(STYLE)}'`)),
    ).toContain("script-src allows 'unsafe-inline'");
  });

  it('finds an inline script that runs before the meta tag is read', () => {
    const early = page(covering).replace('<head>', `<head><script>${SCRIPT}</script>`);
    expect(auditPage(early)).toEqual([expect.stringMatching(/comes before the meta tag/)]);
  });

  it('finds frame denial in the meta tag, where browsers ignore it', () => {
    expect(auditPage(page(`${covering}; frame-ancestors 'none'`))).toEqual([
      'frame-ancestors is in the meta tag, where browsers ignore it',
    ]);
  });

  it('finds style attributes and event handlers, which hashes cannot allow', () => {
    expect(
      auditPage(page(covering, '<p style="color:red">a</p><img src="x" onerror="f()">')),
    ).toEqual([
      expect.stringMatching(/inline attribute .* style=$/),
      expect.stringMatching(/inline attribute .* onerror=$/),
    ]);
  });
});
