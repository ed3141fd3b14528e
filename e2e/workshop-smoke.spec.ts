import { readFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '../src/lib/security-headers';
import { expect, test } from './fixtures';
import { hydrated } from './helpers';
import { WORKSHOP_URL } from './workshop-server';

/** An example assessment as a workshop body: its profile and teams, and the default plan. */
function workshopBody(): Record<string, unknown> {
  const { responses: _responses, ...assessment } = JSON.parse(
    readFileSync('examples/bank-fragmented.json', 'utf8'),
  ) as Record<string, unknown>;
  return { ...assessment, workshop: {} };
}

test('the workshop server serves the site with the static site’s security headers', async ({
  page,
}) => {
  const response = await page.goto(`${WORKSHOP_URL}/en/`);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name.toLowerCase()], name).toBe(value);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  await hydrated(page);
  await expect(page.locator('h1')).toBeVisible();
});

test('the workshop server answers the API: create, look up by code, join', async ({ request }) => {
  const created = await request.post(`${WORKSHOP_URL}/api/workshops`, { data: workshopBody() });
  expect(created.status()).toBe(201);
  const { code, joinUrl } = (await created.json()) as { code: string; joinUrl: string };
  expect(joinUrl).toBe(`${WORKSHOP_URL}/join/?code=${code}`);
  expect(created.headers()['x-content-type-options']).toBe('nosniff');

  const shown = await request.get(`${WORKSHOP_URL}/api/workshops/${code}`);
  expect(await shown.json()).toMatchObject({ code, state: 'open', revealed: false });

  const joined = await request.post(`${WORKSHOP_URL}/api/workshops/${code}/participants`, {
    data: { role: 'staff' },
  });
  expect(joined.status()).toBe(201);
});
