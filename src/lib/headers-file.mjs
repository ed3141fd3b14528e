// The `_headers` file that static hosts (Netlify, Cloudflare Pages) read: a path pattern on its own
// line, then its headers indented as `Name: value`. Plain JavaScript so the end-to-end server, a
// plain Node script, reads the file with the same code that writes it.

/** @typedef {{ pattern: string, headers: Record<string, string> }} HeaderRule */

/**
 * Writes rules in the `_headers` format.
 * @param {HeaderRule[]} rules
 * @returns {string}
 */
export function formatHeadersFile(rules) {
  return rules
    .map(({ pattern, headers }) =>
      [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
        '\n',
      ),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * Reads a `_headers` file; comment lines (`#`) and blank lines are skipped.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const current = rules.at(-1);
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0) current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers a host sends for a path: every matching rule's, a `*` matching anything; a name that
 * several rules set gets their values joined by a comma, as the hosts do.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { pattern, headers: ruleHeaders } of rules) {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
    if (!new RegExp(`^${escaped}$`).test(pathname)) continue;
    for (const [name, value] of Object.entries(ruleHeaders))
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
