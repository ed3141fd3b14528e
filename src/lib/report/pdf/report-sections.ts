/**
 * The report's sections, each drawn into the flow from the one analysis: cover, executive
 * summary, maturity, lifecycle figures, the RACI matrix, the heatmap, the roadmap with the to-be
 * RACI, and the appendix of answers and notes. Nothing here computes a figure: it picks and
 * writes what `analyse()` gave.
 */
import type { ActivityResult, Analysis } from '../../../domain/analysis';
import { SEVERITIES } from '../../../domain/schemas/flag';
import {
  changeLabel,
  compareFigures,
  FIGURE_KEYS,
  figureValue,
  formatFigure,
  formatTarget,
  meetsTarget,
  topRisks,
} from '../../../components/results/figures';
import { isOverdue } from '../../../domain/roadmap/track-actions';
import { lettersOf } from '../../charts/raci-matrix-layout';
import { lettersOf as lettersByTeam } from '../../../state/sandbox.svelte';
import { drawHeatmap, drawRadar, bandColours } from './report-charts';
import type { ReportContext, ReportInput } from './report-context';
import {
  ACCENT,
  ACCENT_SOFT,
  DANGER,
  INK_SOFT,
  SUNKEN,
  type Cell,
  type Column,
  type PdfWriter,
} from './pdf-writer';

const HEAD = { size: 8.5, bold: true } as const;
const BODY = { size: 8.5 } as const;
const SMALL = { size: 7.5, color: INK_SOFT } as const;

const head = (text: string): Cell => ({ text, style: HEAD, fill: SUNKEN });
const body = (text: string): Cell => ({ text, style: BODY });

/** "3 (Defined)" — a level with its name, or a dash. */
function levelText(rc: ReportContext, level: number | null): string {
  return level === null ? '—' : `${rc.fmt.count(level)} (${rc.names.levels[level - 1] ?? ''})`;
}

/** The cover: what was assessed, when, by which model, and how sure the answers are. */
export function drawCover(w: PdfWriter, input: ReportInput): void {
  const { t, fmt, analysis, assessment } = input;
  w.y = 200;
  w.paragraph(t('report.title'), { size: 13, color: INK_SOFT });
  w.y += 6;
  w.paragraph(assessment.organisation.name || t('home.untitled'), {
    size: 26,
    bold: true,
    color: ACCENT,
  });
  w.y += 18;
  const rows: [string, string][] = [
    [t('report.cover.sector'), t(`sector.${assessment.organisation.sector}`)],
    [t('report.cover.period'), input.period],
    [t('report.cover.status'), t(`home.status.${assessment.status}`)],
    [t('report.cover.date'), input.date],
    [t('report.cover.model'), analysis.modelVersion],
    [t('report.cover.confidence'), fmt.percent(analysis.overall.confidence)],
  ];
  w.table(
    [{ width: 1 }, { width: 2 }],
    [],
    rows.map(([label, value]) => [
      { text: label, style: { size: 10, color: INK_SOFT } },
      { text: value, style: { size: 10, bold: true } },
    ]),
    w.startBox(w.measure * 0.75),
  );
}

/** Activities ranked by their worst flag, then by how many flags they carry: the widest ownership gaps. */
function widestGaps(analysis: Analysis, rc: ReportContext, n: number): [string, ActivityResult][] {
  const worst = (a: ActivityResult) =>
    Math.max(-1, ...a.flagDetails.map((f) => SEVERITIES.indexOf(f.severity)));
  return rc.names.activities
    .map((a): [string, ActivityResult | undefined] => [a.id, analysis.activities[a.id]])
    .filter((entry): entry is [string, ActivityResult] => (entry[1]?.flags.length ?? 0) > 0)
    .sort((a, b) => worst(b[1]) - worst(a[1]) || b[1].flags.length - a[1].flags.length)
    .slice(0, n);
}

/** The one-page executive summary a board reads in a minute. */
export function drawSummary(w: PdfWriter, input: ReportInput): void {
  const { t, fmt, names, analysis } = input;
  const overall = analysis.overall;
  w.heading(t('report.summary'), 1);
  if (overall.score === null && analysis.lifecycle.answeredActivities === 0) {
    w.paragraph(t('overview.noAnswers'));
    return;
  }
  if (overall.score !== null) {
    w.paragraph(
      t('report.summary.overall', {
        level: levelText(input, overall.level),
        score: fmt.score(overall.score),
        max: fmt.count(5),
      }),
      { size: 11, bold: true },
    );
  }
  const weakest = overall.weakest ? analysis.dimensions[overall.weakest] : undefined;
  if (overall.weakest && weakest?.score != null) {
    w.paragraph(
      t('overview.weakest', {
        dimension: names.dimension(overall.weakest),
        score: fmt.score(weakest.score),
        target: fmt.count(weakest.target),
      }),
    );
  }
  const lifecycle = analysis.lifecycle;
  w.paragraph(
    FIGURE_KEYS.map((key) => {
      const value = figureValue(lifecycle, key);
      return `${t(`figure.${key}`)}: ${value === null ? '—' : formatFigure(key, value, fmt)}`;
    }).join(' · '),
    SMALL,
  );

  if (input.previous) {
    w.heading(t('report.summary.change', { period: input.previous.period }), 3);
    // The figures and the overall maturity; the flag counts are in the matrix that follows.
    const changes = compareFigures(input.previous.analysis, analysis, fmt).filter(
      (change) => !change.key.startsWith('flag:'),
    );
    if (changes.length === 0) w.paragraph(t('report.summary.noChange'));
    for (const change of changes) {
      w.bullet(
        t('sandbox.change', {
          label: changeLabel(change, t, names.flag),
          before: change.before,
          after: change.after,
        }),
      );
    }
  }

  w.heading(t('report.summary.gaps'), 3);
  const gaps = widestGaps(analysis, input, 5);
  if (gaps.length === 0) w.paragraph(t('report.summary.noGaps'));
  for (const [id, result] of gaps) {
    const owners =
      result.accountable.length === 0
        ? t('csv.noOne')
        : fmt.list(result.accountable.map((team) => names.team(team)));
    w.bullet(
      t('report.summary.gap', {
        activity: names.activity(id),
        flags: fmt.list(result.flags.map((f) => names.flag(f))),
        owners,
      }),
    );
  }

  w.heading(t('overview.risks'), 3);
  const risks = topRisks(
    analysis.heatmap,
    names.stages.map((s) => s.id),
  );
  if (risks.length === 0) w.paragraph(t('heatmap.summary.none'));
  for (const { stage, category, cell } of risks) {
    w.bullet(
      `${t(`band.${cell.band}`)}: ${t('overview.riskCell', {
        stage: names.stage(stage),
        category: t(`category.${category}`),
      })} (${fmt.score(cell.score)})`,
    );
  }

  const first = analysis.roadmap.phases.find((p) => p.actions.length > 0);
  if (first) {
    w.heading(
      t('report.summary.firstPhase', {
        phase: names.phases[first.id],
        months: t('roadmap.months', {
          from: fmt.count(first.months[0]),
          to: fmt.count(first.months[1]),
        }),
      }),
      3,
    );
    for (const action of first.actions.slice(0, 6)) {
      w.bullet(
        t('report.summary.action', {
          action: names.action(action.id),
          owner: names.team(action.owner),
        }),
      );
    }
    if (first.actions.length > 6) {
      w.paragraph(t('report.summary.more', { n: fmt.count(first.actions.length - 6) }), SMALL);
    }
  }

  w.heading(t('report.summary.inconsistencies'), 3);
  if (analysis.inconsistencies.length === 0) w.paragraph(t('report.summary.consistent'));
  for (const item of analysis.inconsistencies.slice(0, 4)) w.bullet(item.text[input.lang]);
  if (analysis.inconsistencies.length > 4) {
    w.paragraph(
      t('report.summary.more', { n: fmt.count(analysis.inconsistencies.length - 4) }),
      SMALL,
    );
  }
}

/** Maturity: the radar, then the table of every dimension against its target. */
export function drawMaturity(w: PdfWriter, input: ReportInput): void {
  const { t, fmt, names, analysis } = input;
  w.heading(t('results.section.maturity'), 1);
  drawRadar(w, analysis, input);
  const columns: Column[] = [
    { width: 3 },
    { width: 1, align: 'center' },
    { width: 2 },
    { width: 1, align: 'center' },
    { width: 1, align: 'center' },
    { width: 1.2, align: 'center' },
  ];
  const header = [
    [
      head(t('radar.table.dimension')),
      head(t('radar.table.score')),
      head(t('radar.table.level')),
      head(t('radar.table.target')),
      head(t('radar.table.gap')),
      head(t('radar.table.answered')),
    ],
  ];
  const rows = names.dimensions.map((d) => {
    const r = analysis.dimensions[d.id];
    if (!r?.inScope)
      return [
        body(d.name),
        body(t('radar.table.outOfScope')),
        body(''),
        body(''),
        body(''),
        body(''),
      ];
    return [
      body(d.name),
      body(r.score === null ? '—' : fmt.score(r.score)),
      body(r.score === null ? t('radar.table.unscored') : levelText(input, r.level)),
      body(fmt.count(r.target)),
      body(r.gap === null ? '—' : r.gap <= 0 ? t('radar.table.met') : fmt.score(r.gap)),
      body(
        t('radar.table.answeredOf', { answered: fmt.count(r.answered), asked: fmt.count(r.asked) }),
      ),
    ];
  });
  const overall = analysis.overall;
  rows.push([
    { text: t('radar.table.overall'), style: HEAD },
    { text: overall.score === null ? '—' : fmt.score(overall.score), style: HEAD },
    { text: levelText(input, overall.level), style: HEAD },
    body(''),
    body(''),
    body(fmt.percent(overall.confidence)),
  ]);
  w.table(columns, header, rows);
}

/** The lifecycle figures against what good looks like, and each stage's main owner. */
export function drawLifecycle(w: PdfWriter, input: ReportInput): void {
  const { t, fmt, names, analysis } = input;
  const lifecycle = analysis.lifecycle;
  w.heading(t('overview.lifecycle'), 1);
  w.paragraph(
    t('overview.lifecycleIntro', {
      answered: fmt.count(lifecycle.answeredActivities),
      total: fmt.count(lifecycle.activitiesInScope),
    }),
    SMALL,
  );
  w.y += 4;
  w.table(
    [{ width: 3 }, { width: 1.2, align: 'center' }, { width: 3 }, { width: 1.2, align: 'center' }],
    [
      [
        head(t('report.figure')),
        head(t('report.value')),
        head(t('report.target')),
        head(t('report.met')),
      ],
    ],
    FIGURE_KEYS.map((key) => {
      const value = figureValue(lifecycle, key);
      const meets = meetsTarget(lifecycle, key);
      return [
        body(t(`figure.${key}`)),
        { text: value === null ? '—' : formatFigure(key, value, fmt), style: HEAD },
        body(t(`figure.${key}.target`, { value: formatTarget(key, fmt) })),
        body(meets === null ? '—' : t(meets ? 'report.yes' : 'report.no')),
      ];
    }),
  );
  w.heading(t('report.stages'), 2);
  w.table(
    [{ width: 3 }, { width: 3 }, { width: 1.5, align: 'center' }],
    [[head(t('heatmap.stage')), head(t('report.mainOwner')), head(t('report.handoff'))]],
    names.stages.map((s) => {
      const stage = analysis.stages[s.id];
      const owner = !stage?.counted
        ? t(stage?.inScope === false ? 'heatmap.outOfScope' : 'csv.status.unanswered')
        : stage.mainAccountable === null
          ? t('csv.noOne')
          : names.team(stage.mainAccountable);
      return [body(s.name), body(owner), body(stage?.handoffFromPrevious ? t('report.yes') : '')];
    }),
  );
}

/** Team columns a landscape page holds beside the activity column. */
const TEAMS_PER_PAGE = 14;

/** Splits the teams into page-wide groups of nearly equal size, in team order. */
export function teamPages<T>(teams: readonly T[], perPage = TEAMS_PER_PAGE): T[][] {
  const pages = Math.max(1, Math.ceil(teams.length / perPage));
  const size = Math.ceil(teams.length / pages);
  return Array.from({ length: pages }, (_, i) => teams.slice(i * size, (i + 1) * size));
}

/**
 * The RACI matrix on landscape pages: a row per activity under its stage, a column per team; the
 * activity column and the team headers repeat on every page, and when the teams do not fit one
 * page they go on as many as needed, each column whole.
 */
export function drawMatrix(w: PdfWriter, input: ReportInput): void {
  const { t, names, analysis } = input;
  w.heading(t('results.section.raci'), 1);
  w.paragraph(t('report.raci.legend'), SMALL);
  w.y += 4;
  const groups = teamPages(names.teams);
  groups.forEach((teams, index) => {
    if (index > 0) w.newPage('landscape');
    if (groups.length > 1) {
      w.paragraph(
        t('report.raci.part', {
          part: input.fmt.count(index + 1),
          parts: input.fmt.count(groups.length),
        }),
        SMALL,
      );
    }
    const columns: Column[] = [
      { width: 3.5 },
      ...teams.map(() => ({ width: 1, align: 'center' as const })),
    ];
    const header = [
      [
        head(t('matrix.activity')),
        ...teams.map((team) => ({
          text: team.label,
          style: {
            size: 7,
            bold: true,
            ...(team.id === input.controlFunction ? { color: ACCENT } : {}),
          },
          fill: SUNKEN,
          fit: true,
        })),
      ],
    ];
    const rows: Cell[][] = [];
    const stageRows = new Set<number>();
    for (const stage of names.stages) {
      const activities = names.activities.filter((a) => a.stage === stage.id);
      if (activities.length === 0) continue;
      stageRows.add(rows.length);
      rows.push([
        { text: stage.name, style: { size: 8.5, bold: true, color: ACCENT }, fill: ACCENT_SOFT },
        ...teams.map(() => ({ text: '', fill: ACCENT_SOFT })),
      ]);
      for (const activity of activities) {
        const result = analysis.activities[activity.id];
        const flags = result?.flags.map((f) => names.flag(f)) ?? [];
        const status =
          result && result.status !== 'answered' ? t(`csv.status.${result.status}`) : null;
        const sub = [...(status ? [status] : []), ...flags].join(' · ');
        rows.push([
          {
            text: activity.name,
            style: { size: 8 },
            ...(sub
              ? {
                  sub: {
                    text: sub,
                    style: { size: 7, color: flags.length > 0 ? DANGER : INK_SOFT },
                  },
                }
              : {}),
          },
          ...teams.map((team): Cell => {
            const letters = lettersOf(result, team.id).join(' ');
            const accountable = letters.includes('A');
            return {
              text: letters,
              style: { size: 8, bold: accountable, ...(accountable ? { color: ACCENT } : {}) },
              ...(accountable ? { fill: ACCENT_SOFT } : {}),
            };
          }),
        ]);
      }
    }
    w.table(columns, header, rows, undefined, (row) => stageRows.has(row));
  });
}

/** The heatmap grid with its band names, then what drives the top cells. */
export function drawHeatmapSection(w: PdfWriter, input: ReportInput): void {
  const { t } = input;
  w.heading(t('results.section.heatmap'), 1);
  w.paragraph(t('report.heatmap.intro'), SMALL);
  w.y += 4;
  drawHeatmap(w, input.analysis, input);
  const legend = (['low', 'medium', 'high', 'critical'] as const).map((band) => ({
    text: t(`band.${band}`),
    fill: bandColours(band).fill,
    style: { size: 8, bold: true, color: bandColours(band).ink },
  }));
  w.table(
    legend.map(() => ({ width: 1, align: 'center' as const })),
    [],
    [legend],
    w.startBox(w.measure / 2),
  );
}

/** The roadmap phase by phase: each action with its owner, effort, status and what customers gain. */
export function drawRoadmap(w: PdfWriter, input: ReportInput): void {
  const { t, fmt, names, analysis, lang } = input;
  const roadmap = analysis.roadmap;
  w.heading(t('results.section.roadmap'), 1);
  w.paragraph(t('roadmap.sponsor', { team: names.team(roadmap.sponsor) }));
  const columns: Column[] = [
    { width: 5 },
    { width: 1.8 },
    { width: 0.9, align: 'center' },
    { width: 1.3, align: 'center' },
  ];
  const header = [
    [
      head(t('report.action')),
      head(t('roadmap.ownerLabel')),
      head(t('roadmap.effortLabel')),
      head(t('report.status')),
    ],
  ];
  /** An action's tracking as the status cell writes it: its status, due date, and whether it is late. */
  const status = (action: (typeof roadmap.later)[number]): string => {
    const lines = [
      t(
        action.effective === false
          ? 'roadmap.status.notEffective'
          : `roadmap.status.${action.status}`,
      ),
    ];
    if (action.due) lines.push(`${t('roadmap.dueLabel')}: ${action.due}`);
    if (input.today && isOverdue(action, input.today)) lines.push(t('roadmap.overdue'));
    return lines.join('\n');
  };
  const actionRows = (actions: typeof roadmap.later): Cell[][] =>
    actions.map((action) => [
      {
        text: action.title[lang],
        style: { ...BODY, bold: true },
        sub: {
          text: [
            `${t('roadmap.customers')} ${action.customerImpact[lang]}`,
            ...(action.comment ? [`${t('roadmap.commentLabel')} ${action.comment}`] : []),
          ].join('\n'),
          style: SMALL,
        },
      },
      body(names.team(action.owner)),
      body(fmt.count(action.effort)),
      body(status(action)),
    ]);
  for (const phase of roadmap.phases) {
    w.heading(
      `${names.phases[phase.id]} · ${t('roadmap.months', {
        from: fmt.count(phase.months[0]),
        to: fmt.count(phase.months[1]),
      })}`,
      2,
    );
    w.paragraph(t(`roadmap.phase.${phase.id}.goal`), SMALL);
    w.y += 3;
    if (phase.actions.length === 0) w.paragraph(t('report.noActions'), SMALL);
    else w.table(columns, header, actionRows(phase.actions));
  }
  if (roadmap.later.length > 0) {
    w.heading(t('roadmap.later.title'), 2);
    w.table(columns, header, actionRows(roadmap.later));
  }
}

/** An activity's letters by team as one line: "A: Marketing · R: Operations, IT". */
function raciLine(rc: ReportContext, letters: Readonly<Record<string, string>>): string {
  const byLetter = new Map<string, string[]>();
  for (const team of [...rc.names.teams.map((x) => x.id), rc.controlFunction]) {
    for (const letter of letters[team] ?? '') {
      const list = byLetter.get(letter) ?? [];
      if (!list.includes(rc.names.team(team))) list.push(rc.names.team(team));
      byLetter.set(letter, list);
    }
  }
  return ['A', 'R', 'C', 'I']
    .filter((letter) => byLetter.has(letter))
    .map((letter) => `${letter}: ${rc.fmt.list(byLetter.get(letter) ?? [])}`)
    .join('\n');
}

/** Today's RACI beside the to-be RACI, activity by activity; changed rows are shaded. */
export function drawToBe(w: PdfWriter, input: ReportInput): void {
  const { t, names, analysis } = input;
  w.heading(t('roadmap.toBe.title'), 1);
  w.paragraph(t('report.toBe.intro'), SMALL);
  w.y += 4;
  const rows = names.activities
    .filter((a) => analysis.roadmap.toBe[a.id] !== undefined)
    .map((a) => {
      const before = raciLine(input, lettersByTeam(analysis.activities[a.id]));
      const after = raciLine(input, analysis.roadmap.toBe[a.id] ?? {});
      const fill = before === after ? undefined : ACCENT_SOFT;
      return [
        body(a.name),
        { text: before || t('csv.noOne'), style: BODY },
        { text: after, style: BODY, ...(fill ? { fill } : {}) },
      ];
    });
  w.table(
    [{ width: 2.4 }, { width: 3 }, { width: 3 }],
    [[head(t('matrix.activity')), head(t('report.toBe.today')), head(t('report.toBe.target'))]],
    rows,
  );
}

/** The appendix: every maturity answer in words with its note, then every activity's note. */
export function drawAppendix(w: PdfWriter, input: ReportInput): void {
  const { t, fmt, names, analysis, assessment } = input;
  w.heading(t('report.appendix'), 1);
  const notes = assessment.notes;
  const drivers = new Map(
    Object.values(analysis.dimensions).flatMap((d) => d.drivers.map((x) => [x.question, x])),
  );
  const columns: Column[] = [{ width: 4 }, { width: 3 }, { width: 3 }];
  const header = [[head(t('report.question')), head(t('csv.answer')), head(t('csv.note'))]];
  for (const dimension of names.dimensions) {
    const questions = names.questions.filter((q) => q.dimension === dimension.id);
    if (questions.length === 0) continue;
    const inScope = analysis.dimensions[dimension.id]?.inScope !== false;
    w.heading(dimension.name, 2);
    w.table(
      columns,
      header,
      questions.map((q) => {
        const answer = drivers.get(q.id)?.answer;
        const words =
          typeof answer === 'number'
            ? `${fmt.answer(answer)} · ${input.answers[q.id]?.[Math.round(answer) - 1] ?? ''}`
            : t(`csv.status.${answer ?? (inScope ? 'unanswered' : 'out-of-scope')}`);
        return [body(q.text), body(words), { ...body(notes[q.id] ?? ''), auto: true }];
      }),
    );
  }
  const noted = names.activities.filter((a) => notes[a.id] !== undefined);
  if (noted.length > 0) {
    w.heading(t('report.appendix.activities'), 2);
    w.table(
      [{ width: 3 }, { width: 3 }, { width: 4 }],
      [[head(t('matrix.activity')), head(t('csv.answer')), head(t('csv.note'))]],
      noted.map((a) => {
        const result = analysis.activities[a.id];
        const answer =
          result?.status === 'answered'
            ? raciLine(input, lettersByTeam(result)) || t('csv.noOne')
            : t(`csv.status.${result?.status ?? 'unanswered'}`);
        return [body(a.name), body(answer), { ...body(notes[a.id] ?? ''), auto: true }];
      }),
    );
  }
}
