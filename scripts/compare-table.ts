import type { Comparison } from '../src/domain/compare/compare-assessments';
import type { ComparedAnswer } from '../src/domain/compare/changed-answers';
import type { ComparedCell } from '../src/domain/compare/changed-raci';
import { ON_TRACK_TOLERANCE, monthsBetween } from '../src/domain/compare/compare-projection';
import type { Assessment } from '../src/domain/schemas/assessment';
import type { Model } from '../src/domain/schemas/model';
import { alignColumns, decimal, percent, signed } from './analyse-table';
import { escapeControls } from './terminal-text';

/** One row of a table: text cells. */
type Row = readonly string[];

const FIGURE_NAMES: Record<keyof Comparison['figures'], string> = {
  accountableOwners: 'Accountable owners',
  hhi: 'Concentration (HHI)',
  fragmentationIndex: 'Fragmentation index',
  handoffs: 'Handoffs',
  orphanRate: 'Orphan rate',
  contestRate: 'Contest rate',
  controlFunctionCoverage: 'Control-function coverage',
  activitiesInScope: 'Activities in scope',
  answeredActivities: 'Activities answered',
  unknownActivities: 'Activities answered "don\'t know"',
};

const SHARES = new Set(['orphanRate', 'contestRate', 'controlFunctionCoverage']);

/** A figure as the analysis table prints it: shares as percentages, counts whole, others at two decimals. */
function showFigure(id: string, value: number | null): string {
  if (SHARES.has(id)) return percent(value);
  return value !== null && Number.isInteger(value) ? String(value) : decimal(value);
}

const showAnswer = (answer: ComparedAnswer): string =>
  answer === null ? 'unanswered' : answer === 'unknown' ? "don't know" : String(answer);

const showCell = (cell: ComparedCell): string =>
  cell === null ? 'unanswered' : cell === 'unknown' ? "don't know" : cell === '' ? '–' : cell;

/** A question's words cut to a table's width, whole words kept, with an ellipsis when cut. */
function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

const indent = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/** A list under its heading and count, aligned under a header row; one line saying so when empty. */
function section(heading: string, none: string, header: Row, rows: readonly Row[]): string[] {
  return rows.length === 0
    ? ['', none]
    : ['', `${heading} (${rows.length})`, ...indent(alignColumns([header, ...rows]))];
}

/**
 * A readable, aligned form of a comparison, in English, for the command line: the changed
 * answers and RACI cells, flags gained and lost, the lifecycle figures before and after, and each
 * dimension against the projection. Names from the files are shown escaped (see terminal-text).
 */
export function formatComparison(
  comparison: Comparison,
  model: Model,
  older: Assessment,
  newer: Assessment,
): string {
  const en = new Map<string, string>();
  for (const list of [model.dimensions, model.activities])
    for (const x of list) en.set(x.id, x.name.en);
  const title = new Map(model.actions.map((a) => [a.id, (a['title'] as { en: string }).en]));
  const team = new Map([...older.teams, ...newer.teams].map((t) => [t.id, t.name]));
  const name = (id: string): string => en.get(id) ?? id;
  const asked = new Map(model.questions.map((q) => [q.id, q.text.en]));
  const question = (id: string): Row => [id, shorten(asked.get(id) ?? '')];
  const flagRows = (flags: Comparison['flagsGained']): Row[] =>
    flags.map((f) => [name(f.activity), f.flag]);
  const c = comparison;
  const versions =
    older.migratedFrom === newer.migratedFrom
      ? `model ${newer.modelVersion}`
      : `model ${older.migratedFrom ?? older.modelVersion} → ${newer.migratedFrom ?? newer.modelVersion}`;
  const lines = [
    `${newer.organisation.name} · ${older.period} → ${newer.period} · ${versions}`,
    ...section(
      'Changed answers',
      'No answer changed',
      ['Question', 'From', 'To', 'Asks'],
      c.changedAnswers.map((a) => {
        const [id, text] = question(a.question);
        return [id!, showAnswer(a.from), showAnswer(a.to), text!];
      }),
    ),
    // Only a newer model version asks new questions: nothing to say otherwise.
    ...(c.newQuestions.length === 0
      ? []
      : section(
          'New questions, not compared',
          '',
          ['Question', 'Asks'],
          c.newQuestions.map(question),
        )),
    ...section(
      'Changed RACI cells',
      'No RACI cell changed',
      ['Activity', 'Team', 'From', 'To'],
      c.changedRaci.map((r) => [
        name(r.activity),
        team.get(r.team) ?? r.team,
        showCell(r.from),
        showCell(r.to),
      ]),
    ),
    ...section('Flags gained', 'No flag gained', ['Activity', 'Flag'], flagRows(c.flagsGained)),
    ...section('Flags lost', 'No flag lost', ['Activity', 'Flag'], flagRows(c.flagsLost)),
  ];
  lines.push(
    '',
    'Lifecycle figures',
    ...indent(
      alignColumns([
        ['Figure', 'From', 'To', 'Change'],
        ...Object.entries(c.figures).map(([id, f]) => [
          FIGURE_NAMES[id as keyof Comparison['figures']],
          showFigure(id, f.from),
          showFigure(id, f.to),
          f.from === null || f.to === null || f.from === f.to ? '' : signed(f.to - f.from),
        ]),
      ]),
    ),
    '',
    `Progress against the projection, ${monthsBetween(older.period, newer.period)} months on (on track within ${ON_TRACK_TOLERANCE})`,
    ...indent(
      alignColumns([
        ['Dimension', 'Projected', 'Actual', 'Status', 'Actions behind'],
        ...Object.entries(c.projection).map(([id, p]) => [
          name(id),
          decimal(p.projected),
          decimal(p.actual),
          p.status,
          p.actions
            .map((a) => `${title.get(a.action) ?? a.action} (${a.status.replace('-', ' ')})`)
            .join(', '),
        ]),
      ]),
    ),
  );
  return lines.map(escapeControls).join('\n');
}
