import type { Analysis } from '../src/domain/analysis';
import { roundScore } from '../src/domain/risk/band';
import { RISK_CATEGORIES, type Model } from '../src/domain/schemas/model';
import type { Assessment } from '../src/domain/schemas/assessment';
import { escapeControls } from './terminal-text';

/** Columns a person reads in a terminal: text cells, padded to the widest in each column. */
type Row = readonly string[];

/** Display width of a text: combining marks (Arabic vowel signs, for instance) take no column. */
export function measureWidth(text: string): number {
  return [...text.replace(/\p{M}/gu, '')].length;
}

/** Aligns rows into columns two spaces apart; the last column is not padded. Control and bidirectional characters are shown escaped, so a cell stays on its row. */
export function alignColumns(given: readonly Row[]): string[] {
  const rows = given.map((row) => row.map(escapeControls));
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, measureWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - measureWidth(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** A number at two decimals, or a dash for none. */
export const decimal = (value: number | null | undefined): string =>
  value == null ? '–' : value.toFixed(2);
/** A share as a whole percentage, or a dash for none. */
export const percent = (value: number | null | undefined): string =>
  value == null ? '–' : `${Math.round(value * 100)}%`;
/** A difference at two decimals with its sign, or a dash for none. */
export const signed = (value: number | null): string =>
  value === null ? '–' : `${value > 0 ? '+' : ''}${value.toFixed(2)}`;

/**
 * A readable, aligned summary of one analysis, in English, for the command line. Names from the
 * file are printed with their control and bidirectional characters escaped (see terminal-text).
 */
export function formatTable(analysis: Analysis, model: Model, assessment: Assessment): string {
  const en = new Map<string, string>();
  for (const list of [model.dimensions, model.stages, model.activities])
    for (const item of list) en.set(item.id, item.name.en);
  const team = new Map(assessment.teams.map((t) => [t.id, t.name]));
  const teamNames = (ids: readonly string[]): string =>
    ids.length === 0 ? 'no one' : ids.map((id) => team.get(id) ?? id).join(', ');
  const o = assessment.organisation;
  const lines: string[] = [
    `${o.name} · ${assessment.period} · ${o.sector}${o.regulated ? ', regulated' : ''} · model ${analysis.modelVersion}`,
    '',
    ...alignColumns([
      [
        'Overall maturity',
        decimal(analysis.overall.score),
        analysis.overall.levelName?.en ?? '–',
        `confidence ${percent(analysis.overall.confidence)}`,
      ],
    ]),
    '',
    ...alignColumns([
      ['Dimension', 'Score', 'Level', 'Target', 'Gap', 'Confidence', 'Weight'],
      ...Object.entries(analysis.dimensions).map(([id, d]) =>
        d.inScope
          ? [
              en.get(id) ?? id,
              decimal(d.score),
              d.level === null ? '–' : `${d.level} ${d.levelName?.en ?? ''}`,
              String(d.target),
              d.gap === null ? '–' : d.gap <= 0 ? 'met' : decimal(d.gap),
              percent(d.confidence),
              String(d.weight),
            ]
          : [en.get(id) ?? id, 'out of scope'],
      ),
    ]),
    ...(analysis.overall.weakest
      ? ['', `Weakest dimension: ${en.get(analysis.overall.weakest) ?? analysis.overall.weakest}`]
      : []),
    '',
    'Lifecycle',
    ...alignColumns(lifecycleRows(analysis, teamNames)).map((l) => `  ${l}`),
    '',
    'Teams (load = R + A)',
    ...alignColumns(
      Object.entries(analysis.teams).map(([id, t]) => [
        team.get(id) ?? id,
        String(t.load),
        t.overloaded ? 'overloaded' : '',
      ]),
    ).map((l) => `  ${l}`),
  ];
  const flagged = Object.entries(analysis.activities).filter(([, a]) => a.flags.length > 0);
  lines.push('', flagged.length === 0 ? 'No flagged activity' : 'Flagged activities');
  lines.push(
    ...alignColumns(
      flagged.map(([id, a]) => [
        en.get(id) ?? id,
        a.status === 'answered' ? teamNames(a.accountable) : a.status,
        a.flagDetails.map((f) => `${f.id} (${f.severity})`).join(', '),
      ]),
    ).map((l) => `  ${l}`),
  );
  if (analysis.inconsistencies.length > 0) {
    lines.push('', 'Inconsistent answers');
    for (const i of analysis.inconsistencies)
      lines.push(`  ${i.text.en} (${[...i.questions, ...i.activities].join(', ')})`);
  }
  if (analysis.workshop) lines.push('', ...workshopLines(analysis.workshop, en));
  lines.push('', 'Risk heatmap (likelihood × impact = score, band)');
  lines.push(
    ...alignColumns([
      ['Stage', ...RISK_CATEGORIES],
      ...Object.entries(analysis.heatmap).map(([stage, row]) => [
        en.get(stage) ?? stage,
        ...RISK_CATEGORIES.map((c) => {
          const cell = row[c];
          if (cell.outOfScope) return 'out of scope';
          if (cell.unknown) return `unknown×${cell.impact}`;
          return `${decimal(cell.likelihood)}×${cell.impact}=${roundScore(cell.score).toFixed(1)} ${cell.band}`;
        }),
      ]),
    ]).map((l) => `  ${l}`),
  );
  lines.push('', ...roadmapLines(analysis.roadmap, model, team));
  return lines.map(escapeControls).join('\n');
}

/** The roadmap: each phase with its capacity, projection and actions, then later and in place. */
function roadmapLines(
  roadmap: Analysis['roadmap'],
  model: Model,
  team: ReadonlyMap<string, string>,
): string[] {
  const title = new Map(model.actions.map((a) => [a.id, (a['title'] as { en: string }).en]));
  const owner = (id: string): string =>
    team.get(id) ?? model.teams.find((t) => t.id === id)?.name.en ?? id;
  const actionRows = (actions: Analysis['roadmap']['later']): Row[] =>
    actions.map((a) => [
      title.get(a.id) ?? a.id,
      owner(a.owner),
      `effort ${a.effort}`,
      `risk removed ${decimal(a.riskRemoved)}${a.unlocks > 0 ? ` + unlocks ${decimal(a.unlocks)}` : ''}`,
      [
        a.status === 'not-started' ? '' : a.status,
        a.moved === 'capacity'
          ? 'moved: phase full'
          : a.moved === 'pulled'
            ? 'brought forward'
            : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]);
  const { existsToday, charteredIn } = roadmap.controlFunction;
  const lines = [
    `Roadmap toward a single control function (summed heatmap score today ${decimal(roadmap.currentRisk)})`,
    `  Sponsor: ${owner(roadmap.sponsor)}; control function: ${existsToday ? 'exists today' : charteredIn ? `chartered in ${charteredIn}` : 'not chartered in this roadmap'}`,
  ];
  for (const p of roadmap.phases) {
    const overall = p.projected.overall;
    lines.push(
      '',
      `  ${p.id}, months ${p.months[0]}–${p.months[1]}: effort ${p.effort} of ${p.capacity}; projected overall ${decimal(overall.score)} (level ${overall.level ?? '–'}), heatmap ${decimal(p.projected.totalRisk)}`,
    );
    if (p.actions.length === 0) lines.push('    no action');
    lines.push(...alignColumns(actionRows(p.actions)).map((l) => `    ${l}`));
  }
  if (roadmap.later.length > 0)
    lines.push(
      '',
      "  Later (beyond every phase's capacity)",
      ...alignColumns(actionRows(roadmap.later)).map((l) => `    ${l}`),
    );
  if (roadmap.inPlace.length > 0) {
    lines.push('', '  Already in place');
    for (const id of roadmap.inPlace) {
      const evidence = (roadmap.inPlaceEvidence[id] ?? [])
        .map((e) => `${e.question} ${String(e.answer)} ≥ ${e.level}`)
        .join(', ');
      lines.push(`    ${title.get(id) ?? id}${evidence ? ` (${evidence})` : ''}`);
    }
  }
  return lines;
}

function lifecycleRows(analysis: Analysis, teamNames: (ids: readonly string[]) => string): Row[] {
  const l = analysis.lifecycle;
  return [
    ['Accountable owners', String(l.accountableOwners), teamNames(l.mainOwners.map((m) => m.team))],
    ['Concentration (HHI)', decimal(l.hhi)],
    ['Fragmentation index', decimal(l.fragmentationIndex)],
    ['Handoffs', String(l.handoffs)],
    ['Orphan rate', percent(l.orphanRate)],
    ['Contest rate', percent(l.contestRate)],
    ['Control-function coverage', percent(l.controlFunctionCoverage)],
    [
      'Activities answered',
      `${l.answeredActivities} of ${l.activitiesInScope}`,
      l.unknownActivities > 0 ? `${l.unknownActivities} don't know` : '',
    ],
  ];
}

function workshopLines(
  w: NonNullable<Analysis['workshop']>,
  en: ReadonlyMap<string, string>,
): string[] {
  const lines = [
    `Workshop: ${w.participants} participants, Fleiss' kappa ${decimal(w.kappa)}, mean agreement ${percent(w.meanAgreement)}`,
  ];
  if (w.dividedQuestions.length > 0) lines.push(`Divided on: ${w.dividedQuestions.join(', ')}`);
  const roles = Object.entries(w.roles).map(([role, s]) => [
    role,
    `${s.participants}`,
    `kappa ${decimal(s.kappa)}`,
    `agreement ${percent(s.meanAgreement)}`,
  ]);
  if (roles.length > 1) lines.push(...alignColumns(roles).map((l) => `  ${l}`));
  const gaps = Object.entries(w.leadershipGap).filter(([, g]) => g.gap !== null);
  if (gaps.length > 0) {
    lines.push('  Leadership rates higher (+) or lower (−) than everyone else');
    lines.push(
      ...alignColumns(
        gaps.map(([id, g]) => [
          en.get(id) ?? id,
          signed(g.gap),
          `${decimal(g.leadership)} vs ${decimal(g.others)}`,
        ]),
      ).map((l) => `    ${l}`),
    );
  }
  return lines;
}
