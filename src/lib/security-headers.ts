// The security policy of the static pages: the Content-Security-Policy and the other headers every
// response carries. The build (src/integrations/security-headers.ts) writes them to `_headers`;
// a server that serves the pages itself imports them from here.
import { createHash } from 'node:crypto';

/** A CSP hash source, without its quotes. */
export type CspHashSource = `sha256-${string}`;

/** The directives apart from script-src and style-src, which carry the pages' inline hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Frame denial; only a header can say it, browsers ignore frame-ancestors in a meta tag. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The tool makes no request to another site, so it tells none where the reader came from. */
export const REFERRER_POLICY = 'no-referrer';

/** Browser features the tool never uses, switched off for the page and anything it embeds. */
export const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** The headers every response carries, apart from the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

/** The hash source a policy needs to let exactly this inline script or style run. */
export function cspHash(text: string): CspHashSource {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The inline scripts and styles a policy allows, by their hashes. */
export interface InlineHashes {
  scripts: readonly CspHashSource[];
  styles: readonly CspHashSource[];
}

/** The Content-Security-Policy header: self plus the given inline hashes, and frame denial. */
export function buildCsp({ scripts, styles }: InlineHashes): string {
  const sources = (hashes: readonly CspHashSource[]) =>
    ["'self'", ...[...new Set(hashes)].sort().map((hash) => `'${hash}'`)].join(' ');
  return [
    ...CSP_DIRECTIVES,
    `script-src ${sources(scripts)}`,
    `style-src ${sources(styles)}`,
    FRAME_ANCESTORS,
  ].join('; ');
}

/** An inline script or style of a page, with where it starts in the HTML. */
export interface InlineBlock {
  kind: 'script' | 'style';
  text: string;
  at: number;
}

const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/** The inline scripts the browser runs (not data blocks) and the inline styles of a page. */
export function inlineBlocks(html: string): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    const [, tag = '', attributes = '', text = ''] = match;
    const kind = tag.toLowerCase() === 'script' ? 'script' : 'style';
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (kind === 'script' && (/\bsrc\s*=/i.test(attributes) || !EXECUTABLE.test(type))) continue;
    blocks.push({ kind, text, at: match.index });
  }
  return blocks;
}

/** The policy of a page's CSP meta tag and where the tag stands, or null without one. */
export function metaPolicy(html: string): { policy: string; at: number } | null {
  const match = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/i.exec(
    html,
  );
  if (!match) return null;
  const policy = (match[1] ?? '').replaceAll('&#39;', "'").replaceAll('&amp;', '&').trim();
  return { policy, at: match.index };
}

/** The sources a policy gives a directive, or null when the policy does not name it. */
export function directiveSources(policy: string, name: string): string[] | null {
  for (const directive of policy.split(';')) {
    const [directiveName, ...sources] = directive.trim().split(/\s+/);
    if (directiveName?.toLowerCase() === name) return sources;
  }
  return null;
}

/** The sources that govern a page's inline scripts or styles (the -elem, the -src, the default). */
function governingSources(policy: string, kind: InlineBlock['kind']): string[] {
  for (const name of [`${kind}-src-elem`, `${kind}-src`, 'default-src']) {
    const sources = directiveSources(policy, name);
    if (sources) return sources;
  }
  return [];
}

/** Markup outside scripts and styles: where a style attribute or an event handler would be. */
function markupOnly(html: string): string {
  return html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
}

/** What keeps a built page's CSP meta tag from covering the page, in words; empty when nothing. */
export function auditPage(html: string): string[] {
  const meta = metaPolicy(html);
  if (!meta) return ['no Content-Security-Policy meta tag'];
  const problems: string[] = [];
  for (const kind of ['script', 'style'] as const)
    if (governingSources(meta.policy, kind).includes("'unsafe-inline'"))
      problems.push(`${kind}-src allows 'unsafe-inline'`);
  if (directiveSources(meta.policy, 'frame-ancestors'))
    problems.push('frame-ancestors is in the meta tag, where browsers ignore it');
  inlineBlocks(html).forEach((block, index) => {
    const label = `inline ${block.kind} ${index + 1} (${block.text.trim().slice(0, 40)}…)`;
    if (block.at < meta.at) problems.push(`${label} comes before the meta tag and runs unchecked`);
    if (!governingSources(meta.policy, block.kind).includes(`'${cspHash(block.text)}'`))
      problems.push(`${label} has no hash in ${block.kind}-src`);
  });
  for (const [attribute] of markupOnly(html).matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)\s*=/gi))
    problems.push(`an inline attribute the policy blocks: ${attribute.slice(0, 60)}`);
  return problems;
}
