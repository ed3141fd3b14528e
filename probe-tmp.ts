import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'node:http';
import { call, fullAnswers, startChildServer, UNLIMITED, workshopBody } from './src/server/testing/http-client';
const s = await startChildServer(mkdtempSync(join(tmpdir(), 'p-')), UNLIMITED);
const agent = new Agent({ keepAlive: true });
const c = await call<any>(s.url, 'POST', '/api/workshops', { body: workshopBody(), agent });
const w = (await call<any>(s.url, 'GET', `/api/workshops/${c.body.code}`, {agent})).body;
const p = await call<any>(s.url, 'POST', `/api/workshops/${c.body.code}/participants`, { body: {}, agent });
console.log('join', p.ms);
for (let i = 0; i < 5; i++) {
  const r = await call<any>(s.url, 'PUT', `/api/workshops/${c.body.code}/participants/${p.body.participantId}/response`, { body: fullAnswers(w, i), token: p.body.token, agent });
  console.log('put', r.status, r.ms.toFixed(1));
  const g = await call<any>(s.url, 'GET', `/api/workshops/${c.body.code}`, {agent});
  console.log('get', g.status, g.ms.toFixed(1));
}
s.child.kill('SIGKILL');
