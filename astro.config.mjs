// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { securityHeaders } from './src/integrations/security-headers';
import { CSP_DIRECTIVES } from './src/lib/security-headers';

export default defineConfig({
  // Where the site is served: canonical and alternate-language links are absolute URLs on it.
  // Set SITE when building for a public host; the default is where `npm start` serves.
  site: process.env['SITE'] || 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [svelte(), securityHeaders()],
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
