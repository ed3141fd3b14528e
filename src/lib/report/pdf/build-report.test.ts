import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../domain/analyse';
import { LANGS, translator, type Lang } from '../../../i18n';
import { formatPeriod } from '../../../i18n/format';
import { loadModel } from '../../model/load-model';
import { isPresentationForm, textJoiningProblems } from './testing/arabic-forms';
import { buildAssessmentReport, readExample, readReportFonts } from './testing/example-report';

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const model = loadModel();
const fonts = readReportFonts();
let dir = '';

interface ReadBack {
  pages: string[];
  pageCount: number;
  bytes: number;
}
const reports = new Map<string, ReadBack>();

/** The text poppler reads out of each page, as a reader copying from the PDF would get it. */
function readBack(name: string, lang: Lang): ReadBack {
  const key = `${name}.${lang}`;
  const known = reports.get(key);
  if (known) return known;
  const built = buildAssessmentReport(readExample(name), lang, fonts);
  expect(built.missingGlyphs, 'characters the font cannot draw').toEqual([]);
  const bytes = Buffer.from(built.doc.output('arraybuffer'));
  const file = join(dir, `${key}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const result = {
    pages: text.split('\f').slice(0, built.pages),
    pageCount: built.pages,
    bytes: bytes.length,
  };
  reports.set(key, result);
  return result;
}

/** Text as compared: compatibility forms folded (presentation forms to letters), marks and spacing evened out. */
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\p{Mn}/gu, '')
    .replace(/[()[\]:،,.·«»!?؟]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ccm-report-'));
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('These tests read the PDF back with pdftotext: install poppler-utils.');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(EXAMPLES)('the PDF report of %s', (name) => {
  const assessment = readExample(name);
  const analysis = analyse(model, assessment);

  it.each(LANGS)('in %s has a cover, contents, every section and a sensible length', (lang) => {
    const t = translator(lang);
    const { pages, pageCount } = readBack(name, lang);
    expect(pageCount).toBeGreaterThanOrEqual(10);
    expect(pageCount).toBeLessThanOrEqual(40);
    expect(plain(pages[0] ?? '')).toContain(plain(assessment.organisation.name));
    const contents = plain(pages[1] ?? '');
    expect(contents).toContain(plain(t('report.contents')));
    for (const title of ['report.summary', 'results.section.raci', 'report.appendix'] as const) {
      expect(contents).toContain(plain(t(title)));
    }
    expect(plain(pages[2] ?? '')).toContain(plain(t('report.summary')));
  });

  it('is about as long in Arabic as in English', () => {
    const en = readBack(name, 'en').pageCount;
    const ar = readBack(name, 'ar').pageCount;
    expect(ar).toBeLessThanOrEqual(Math.ceil(en * 1.25));
  });

  it.each(LANGS)(
    'in %s names the stages, the raised flags and the organisation on every page',
    (lang) => {
      const { pages } = readBack(name, lang);
      const all = plain(pages.join(' '));
      for (const stage of model.stages) expect(all).toContain(plain(stage.name[lang]));
      const raised = Object.values(analysis.activities).flatMap((a) => a.flagDetails);
      for (const flag of raised) expect(all).toContain(plain(flag.name[lang]));
      for (const page of pages.slice(1))
        expect(plain(page)).toContain(plain(assessment.organisation.name));
    },
  );

  it.each(LANGS)(
    'in %s repeats the matrix headers on every matrix page, every team included',
    (lang) => {
      const t = translator(lang);
      const { pages } = readBack(name, lang);
      const firstActivity = plain(model.activities[0]?.name[lang] ?? '');
      const lastActivity = plain(model.activities.at(-1)?.name[lang] ?? '');
      const start = pages.findIndex(
        (p) =>
          plain(p).includes(plain(t('results.section.raci'))) && plain(p).includes(firstActivity),
      );
      const end = pages.findIndex((p, i) => i >= start && plain(p).includes(lastActivity));
      expect(start).toBeGreaterThan(1);
      expect(end).toBeGreaterThan(start);
      const teamWords = (label: string) =>
        plain(label)
          .split(' ')
          .filter((w) => w.length > 2);
      for (const page of pages.slice(start, end + 1)) {
        const text = plain(page);
        expect(text).toContain(plain(t('matrix.activity')));
        for (const team of assessment.teams) {
          const label =
            model.teams.find(
              (m) => m.id === team.id && (m.name.en === team.name || m.name.ar === team.name),
            )?.name[lang] ?? team.name;
          for (const word of teamWords(label))
            expect(text, `${label} on a matrix page`).toContain(word);
        }
      }
    },
  );

  it.each(LANGS)('in %s carries every note in the appendix', (lang) => {
    const all = plain(readBack(name, lang).pages.join(' '));
    for (const note of Object.values(assessment.notes)) {
      const opening = plain(note).split(' ').slice(0, 3).join(' ');
      expect(all, `note "${note}"`).toContain(opening);
    }
  });

  it('draws Arabic joined and in reading order, never as plain or reversed letters', () => {
    const { pages } = readBack(name, 'ar');
    const raw = pages.join('\n');
    expect([...raw].some(isPresentationForm)).toBe(true);
    expect(textJoiningProblems(raw)).toEqual([]);
    const t = translator('ar');
    const all = plain(raw);
    for (const phrase of [
      t('report.summary'),
      t('roadmap.toBe.title'),
      model.stages[0]?.name.ar ?? '',
    ]) {
      expect(all).toContain(plain(phrase));
      expect(all).not.toContain([...plain(phrase)].reverse().join(''));
    }
  });
});

describe('the executive summary', () => {
  it.each(LANGS)('in %s says what changed since the quarter the assessment follows', (lang) => {
    const t = translator(lang);
    const now = readExample('telecom-controlled');
    const before = { ...readExample('bank-fragmented'), period: '2026-Q2' };
    const built = buildAssessmentReport(
      { ...now, previous: { period: '2026-Q2', assessmentId: 'x' } },
      lang,
      fonts,
      before,
    );
    const file = join(dir, `change-${lang}.pdf`);
    writeFileSync(file, Buffer.from(built.doc.output('arraybuffer')));
    const summary = plain(
      execFileSync('pdftotext', ['-f', '3', '-l', '3', file, '-'], { encoding: 'utf8' }),
    );
    expect(summary).toContain(
      plain(t('report.summary.change', { period: formatPeriod(lang, '2026-Q2') })),
    );
    expect(summary).toContain(plain(t('figure.fragmentationIndex')));
    expect(summary).toContain(plain(t('sandbox.change.overall')));
  });
});

describe('the roadmap in the report', () => {
  it.each(LANGS)(
    'in %s carries each action’s tracking: not effective, due, overdue, comment',
    (lang) => {
      const t = translator(lang);
      const bank = readExample('bank-fragmented');
      const first = analyse(model, bank).roadmap.phases[0]?.actions.map((a) => a.id) ?? [];
      const [done, late] = first;
      const tracked = {
        ...bank,
        roadmap: {
          ...bank.roadmap,
          [done ?? '']: 'done' as const,
          [late ?? '']: {
            status: 'in-progress' as const,
            due: '2026-01-15',
            comment: 'Waiting for the data team',
          },
        },
      };
      const built = buildAssessmentReport(tracked, lang, fonts);
      const file = join(dir, `tracked-${lang}.pdf`);
      writeFileSync(file, Buffer.from(built.doc.output('arraybuffer')));
      const all = plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      expect(all).toContain(plain(t('roadmap.status.notEffective')));
      expect(all).toContain(plain(t('roadmap.overdue')));
      expect(all).toContain('2026-01-15');
      expect(all).toContain('Waiting for the data team');
    },
  );
});
