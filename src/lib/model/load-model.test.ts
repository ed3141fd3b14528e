import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel } from './load-model';

function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-model-'));
  cpSync('data', dir, { recursive: true });
  const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  model.activities[2].stage = 'nowhere';
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
  return dir;
}

describe('loading the model from data/', () => {
  it('loads the shipped model', () => {
    expect(loadModel().version).toMatch(/^\d{4}\.\d+$/);
  });

  it('names the file, the path and the problem of a broken model', () => {
    const dir = brokenCopy();
    try {
      expect(() => loadModel(dir)).toThrow(
        /model\.json: activities\[2\]\.stage: "nowhere" is not a stage id/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and path of a broken roadmap action', () => {
    const dir = brokenCopy();
    const library = JSON.parse(readFileSync(join(dir, 'actions.json'), 'utf8'));
    library.actions[0].owner = 'nobody';
    writeFileSync(join(dir, 'actions.json'), JSON.stringify(library));
    try {
      expect(() => loadModel(dir)).toThrow(
        /actions\.json: actions\[0\]\.owner: "nobody" is not a team id/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a file that is not JSON', () => {
    const dir = brokenCopy();
    writeFileSync(join(dir, 'extra.json'), '{ "version": ');
    try {
      expect(() => loadModel(dir)).toThrow(/extra\.json: \(document\): is not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build with that message', { timeout: 120_000 }, () => {
    const dir = brokenCopy();
    const out = mkdtempSync(join(tmpdir(), 'ccm-build-'));
    try {
      const result = spawnSync('astro', ['build', '--outDir', out], {
        env: { ...process.env, CCM_DATA_DIR: dir },
        encoding: 'utf8',
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(
        /model\.json: activities\[2\]\.stage: "nowhere" is not a stage id/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
