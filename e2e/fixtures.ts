// Every end-to-end test imports `test` and `expect` from here, not from @playwright/test: a test
// fails when anything on its pages breaks the Content-Security-Policy (or the browser finds fault
// with the security headers), so the whole run doubles as the check that no page violates them.
import { test as base, expect } from '@playwright/test';

/** The console line the pages write for each policy violation (besides the browser's own). */
const MARK = 'CSP violation:';

/** Browser console lines about the headers: CSP refusals, ignored directives, unknown features. */
const ABOUT_POLICY = /Content Security Policy|Content-Security-Policy|Permissions-Policy/i;

/** Playwright's test, failing on any Content-Security-Policy violation in its browser context. */
export const test = base.extend<{ cspViolations: string[] }>({
  /** The policy violations seen in the test's browser context; checked after the test, on its own. */
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript((mark: string) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(
            `${mark} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`,
          ),
        );
      }, MARK);
      context.on('console', (message) => {
        const text = message.text();
        if (text.startsWith(MARK) || ABOUT_POLICY.test(text))
          violations.push(`${message.page()?.url() ?? message.location().url}: ${text}`);
      });
      await use(violations);
      expect(violations, 'no page may break the Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});

/** Playwright's expect, from here so that a spec has one import. */
export { expect };
/** The types specs name most. */
export type { BrowserContext, Download, Locator, Page } from '@playwright/test';
