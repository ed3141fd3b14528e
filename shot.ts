import pw from '@playwright/test';
import { readFileSync } from 'node:fs';
const { chromium } = pw;
const URL0 = 'http://127.0.0.1:4388';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['en', 'ar'] as const) {
  const ex = JSON.parse(readFileSync(`examples/${lang === 'en' ? 'bank-fragmented' : 'gulf-islamic-bank'}.json`, 'utf8'));
  const r = await fetch(`${URL0}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ex, responses: undefined, workshop: {} }) });
  const w = await r.json();
  // five participants
  for (let i = 0; i < 5; i++) {
    const j = await (await fetch(`${URL0}/api/workshops/${w.code}/participants`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'staff' }) })).json();
    const team = ex.teams[i % 3].id;
    const raci: Record<string, Record<string, string>> = {};
    for (const a of ['data.source', 'data.quality', 'triggers.define', 'content.author', 'review.approve']) raci[a] = { [ex.teams[(i + a.length) % 4].id]: 'A' };
    raci['data.source'] = { [team]: 'A' };
    const put = await fetch(`${URL0}/api/workshops/${w.code}/participants/${j.participantId}/response`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${j.token}` }, body: JSON.stringify({ maturity: { 'review.timing': 1 + i, 'data.truth': 2 }, raci }) });
    if (!put.ok) console.log('put', put.status, await put.text());
  }
  await fetch(`${URL0}/api/workshops/${w.id}/reveal`, { method: 'POST', headers: { authorization: `Bearer ${w.facilitatorSecret}` } });
  const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
  await p.goto(`${URL0}/${lang}/workshop/`);
  await p.evaluate((e) => localStorage.setItem('ccm:workshops', JSON.stringify([e])), { ...w, createdAt: new Date().toISOString(), title: ex.organisation.name });
  await p.goto(`${URL0}/${lang}/workshop/live/?id=${w.id}`);
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `/work/shots/live-overview-${lang}.png` });
  await p.keyboard.press('PageDown');
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/work/shots/live-activity-${lang}.png` });
  const q = await b.newPage({ viewport: { width: 390, height: 844 } });
  await q.goto(`${URL0}/${lang}/join/?code=${w.code}`);
  await q.waitForTimeout(2000);
  await q.screenshot({ path: `/work/shots/join-${lang}.png`, fullPage: true });
  await p.close(); await q.close();
}
await b.close();
