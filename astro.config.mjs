// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import node from '@astrojs/node';
import { modulePreloads } from './src/integrations/module-preloads';
import { securityHeaders } from './src/integrations/security-headers';
import { CSP_DIRECTIVES } from './src/lib/security-headers';

// `npm run workshop` builds with WORKSHOP_BUILD set: the same pages, plus Astro's node adapter,
// into dist-workshop/ so that the static build in dist/ stays as it is.
const workshop = Boolean(process.env['WORKSHOP_BUILD']);

export default defineConfig({
  ...(workshop ? { adapter: node({ mode: 'middleware' }), outDir: './dist-workshop' } : {}),
  // Where the site is served: canonical and alternate-language links are absolute URLs on it.
  // Set SITE when building for a public host; the default is where `npm start` serves.
  site: process.env['SITE'] || 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [svelte(), modulePreloads(), securityHeaders()],
  i18n: {
    locales: ['en', 'ar'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Astro's Content-Security-Policy: a meta tag in every page with the hashes of the scripts and
  // styles it emits; securityHeaders() checks every page after the build and writes `_headers`.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // No code blocks to highlight; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Fonts and images stay files, never data: URLs, so the policy needs no data: source.
  vite: { build: { assetsInlineLimit: 0 } },
});
