/**
 * The RACI matrix as cells and text: activities grouped by stage (rows) × teams (columns), with a
 * column of flag badges between the activity names and the teams. Pure and deterministic: the
 * component renders the SVG from it. Right-to-left pages mirror every x (teams read from the right).
 */
import { group, max } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { ActivityResult, ActivityStatus, FlagDetail } from '../../domain/analysis';
import type { RaciAnswer } from '../../domain/schemas/assessment';
import { isolate } from './bidi-isolate';
import { shareUnchanged } from '../share-unchanged';
import { estimateTextWidth, wrapText } from './text-width';

/** The RACI letters, in the order a cell shows them. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
/** One RACI letter. */
export type RaciLetter = (typeof RACI_LETTERS)[number];

/** What the matrix is drawn from, in the page language. */
export interface MatrixLayoutInput {
  activities: readonly { id: string; stage: string; name: string }[];
  /** Stages in lifecycle order; `inScope` false greys a stage's rows. */
  stages: readonly { id: string; name: string; inScope: boolean }[];
  /** Teams in the order the columns show them. */
  teams: readonly { id: string; label: string }[];
  results: Readonly<Record<string, ActivityResult>>;
  /**
   * The RACI answers as given. An activity answered with letters shows them as given: a what-if
   * edit's letters are drawn at once, and its flags follow when the analysis in `results` has
   * caught up. Without them, or for "don't know" and workshop answers, the letters are the
   * analysis's.
   */
  answers?: Readonly<Record<string, RaciAnswer>>;
  /** Activities that carry a note: each gets a marker after its flags. */
  noted?: ReadonlySet<string>;
  width: number;
  rtl: boolean;
}

/** A team's cell in an activity row. */
export interface MatrixCellLayout {
  team: string;
  /** The cell's column in the keyboard grid (0 is the row's flags). */
  col: number;
  x: number;
  width: number;
  cx: number;
  letters: RaciLetter[];
  /** Where each letter is centred: letters sit in equal slots around the cell's centre. */
  slots: number[];
}

/** A flag badge, centred on `cx`, with the flag it stands for. */
export interface MatrixFlagLayout {
  detail: FlagDetail;
  cx: number;
}

/** A stage's header row. */
export interface MatrixStageRow {
  kind: 'stage';
  id: string;
  name: string;
  y: number;
  height: number;
  textY: number;
  inScope: boolean;
}

/** An activity's row: its name, its flags and a cell per team. */
export interface MatrixActivityRow {
  kind: 'activity';
  id: string;
  stage: string;
  name: string;
  /** The row in the keyboard grid (activities only, counted from 0). */
  row: number;
  y: number;
  height: number;
  midY: number;
  labelLines: string[];
  labelYs: number[];
  status: ActivityStatus;
  flags: MatrixFlagLayout[];
  /** Where the marker of the activity's note is centred, after its flags; null without a note. */
  noteCx: number | null;
  cells: MatrixCellLayout[];
}

/** The whole matrix's geometry. */
export interface MatrixLayout {
  width: number;
  height: number;
  header: number;
  fontSize: number;
  /** The activity-name column, the flag column and the team area (boxes, and where text starts). */
  label: { x: number; width: number; textX: number };
  flags: { x: number; width: number; cx: number };
  teamArea: { x: number; width: number };
  /** Where a row's note starts ("don't know", "not answered"): just inside the team area. */
  noteX: number;
  /** Each team's column; its name hangs from the header in up to two lines. */
  columns: { team: string; labelLines: string[]; x: number; width: number; cx: number }[];
  /** Where the rotated column labels hang from, and their angle (mirrored in right-to-left). */
  headerFootY: number;
  headerAngle: number;
  rows: (MatrixStageRow | MatrixActivityRow)[];
}

const FONT = 12.5;
const LINE = 15;
const PAD = 8;
const BADGE = 18;
const SLOT = 11;
const STAGE_ROW = 30;
/** Longest line of a team's name in the header (a name takes up to two lines). */
const HEADER_LABEL = 150;
const HEADER_FONT = 11.5;
/** Space between the two lines of a team's name. */
export const HEADER_LINE = 13;
const SIN45 = Math.SQRT1_2;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** The letters a team holds on an activity, in R A C I order. */
export function lettersOf(result: ActivityResult | undefined, team: string): RaciLetter[] {
  if (!result) return [];
  const holds: Record<RaciLetter, readonly string[]> = {
    R: result.responsible,
    A: result.accountable,
    C: result.consulted,
    I: result.informed,
  };
  return RACI_LETTERS.filter((letter) => holds[letter].includes(team));
}

/** The letters a team holds in an answer given with letters, in R A C I order. */
export function answerLetters(
  answer: Readonly<Record<string, string>>,
  team: string,
): RaciLetter[] {
  const held = answer[team] ?? '';
  return RACI_LETTERS.filter((letter) => held.includes(letter));
}

// The analysis result and the answer each activity row was drawn from, so that the next layout
// can tell an unchanged row by identity instead of comparing it field by field.
const drawnFrom = new WeakMap<
  MatrixActivityRow,
  { result: ActivityResult | undefined; answer: RaciAnswer | undefined }
>();

/**
 * Lays out the matrix for a box `width` wide; it grows wider (and scrolls) when the teams need it.
 * Given the previous layout, rows whose activity, result object and place are unchanged are
 * reused as they are (and so are equal columns), so that a what-if edit re-renders only the rows
 * it changed. The result is the same with or without `previous`.
 */
export function layoutRaciMatrix(input: MatrixLayoutInput, previous?: MatrixLayout): MatrixLayout {
  const { rtl, teams } = input;
  const labelWidth = clamp(Math.round(input.width * 0.26), 136, 280);
  const noted = input.noted ?? new Set<string>();
  // A note's marker takes a badge's place after the row's flags.
  const marks = (id: string): number =>
    (input.results[id]?.flagDetails.length ?? 0) + (noted.has(id) ? 1 : 0);
  const mostFlags = max(input.activities, (a) => marks(a.id)) ?? 0;
  const flagWidth = Math.max(mostFlags, 1) * BADGE + 2 * PAD;
  const labels = teams.map((t) => wrapText(t.label, HEADER_LABEL, HEADER_FONT, 2).lines);
  // The header is as tall as the longest name needs, so short names leave no empty band.
  const longest = max(labels.flat(), (line) => estimateTextWidth(line, HEADER_FONT)) ?? 0;
  const overhang = Math.max(Math.ceil(longest), 60) * SIN45;
  const room = input.width - labelWidth - flagWidth - overhang;
  const colWidth = clamp(Math.floor(room / Math.max(teams.length, 1)), 4 * SLOT + 4, 64);
  const teamStart = labelWidth + flagWidth;
  const width = Math.ceil(teamStart + teams.length * colWidth + overhang);
  const header = Math.ceil(overhang + HEADER_LINE + 24);
  const place = (inline: number, w: number): number => (rtl ? width - inline - w : inline);

  const x = scaleBand<string>()
    .domain(teams.map((t) => t.id))
    .range(
      rtl
        ? [width - teamStart, width - teamStart - teams.length * colWidth]
        : [teamStart, teamStart + teams.length * colWidth],
    );
  const laidOut = teams.map((t, i) => {
    const left = x(t.id) ?? 0;
    return {
      team: t.id,
      labelLines: (labels[i] ?? [t.label]).map((line) => isolate(line)),
      x: left,
      width: colWidth,
      cx: left + colWidth / 2,
    };
  });
  const sameFrame =
    previous !== undefined &&
    previous.width === width &&
    previous.label.width === labelWidth &&
    previous.flags.width === flagWidth &&
    previous.headerAngle === (rtl ? 45 : -45) &&
    shareUnchanged(previous.columns, laidOut) === previous.columns;
  const columns = sameFrame ? previous.columns : laidOut;
  const before = new Map<string, MatrixActivityRow>();
  const stagesBefore = new Map<string, MatrixStageRow>();
  if (sameFrame)
    for (const r of previous.rows) {
      if (r.kind === 'activity') before.set(r.id, r);
      else stagesBefore.set(r.id, r);
    }

  const rows: MatrixLayout['rows'] = [];
  const byStage = group(input.activities, (a) => a.stage);
  let y = header;
  let row = 0;
  for (const stage of input.stages) {
    const activities = byStage.get(stage.id) ?? [];
    if (activities.length === 0) continue;
    const textY = y + STAGE_ROW / 2 + 0.35 * FONT;
    const keptStage = stagesBefore.get(stage.id);
    rows.push(
      keptStage?.y === y && keptStage.name === stage.name && keptStage.inScope === stage.inScope
        ? keptStage
        : { kind: 'stage', ...stage, y, height: STAGE_ROW, textY },
    );
    y += STAGE_ROW;
    for (const activity of activities) {
      const result = input.results[activity.id];
      const answer = input.answers?.[activity.id];
      const kept = before.get(activity.id);
      const keptFrom = kept && drawnFrom.get(kept);
      if (
        kept &&
        kept.y === y &&
        kept.row === row &&
        kept.name === activity.name &&
        kept.stage === activity.stage &&
        (kept.noteCx !== null) === noted.has(activity.id) &&
        keptFrom !== undefined &&
        keptFrom.result === result &&
        keptFrom.answer === answer
      ) {
        rows.push(kept);
        y += kept.height;
        row++;
        continue;
      }
      const lines = wrapText(activity.name, labelWidth - 2 * PAD, FONT, 3).lines;
      const height = Math.max(32, lines.length * LINE + 12);
      const top = y + (height - lines.length * LINE) / 2 + 0.75 * LINE;
      const badgeCx = (i: number): number => place(labelWidth + PAD + i * BADGE, BADGE) + BADGE / 2;
      const flagDetails = result?.flagDetails ?? [];
      const given =
        answer !== undefined && answer !== 'unknown' && result?.status !== 'out-of-scope'
          ? answer
          : null;
      const drawn: MatrixActivityRow = {
        kind: 'activity',
        id: activity.id,
        stage: activity.stage,
        name: activity.name,
        row,
        y,
        height,
        midY: y + height / 2,
        labelLines: lines,
        labelYs: lines.map((_, i) => top + i * LINE),
        status: result?.status ?? 'unanswered',
        flags: flagDetails.map((detail, i) => ({ detail, cx: badgeCx(i) })),
        noteCx: noted.has(activity.id) ? badgeCx(flagDetails.length) : null,
        cells: columns.map((column, i) => {
          const letters = given
            ? answerLetters(given, column.team)
            : lettersOf(result, column.team);
          // Letters keep their reading order (R A C I) left to right in both languages.
          const first = column.cx - ((letters.length - 1) * SLOT) / 2;
          return {
            team: column.team,
            col: i + 1,
            x: column.x,
            width: column.width,
            cx: column.cx,
            letters,
            slots: letters.map((_, n) => first + n * SLOT),
          };
        }),
      };
      drawnFrom.set(drawn, { result, answer });
      rows.push(drawn);
      y += height;
      row++;
    }
  }

  return {
    width,
    height: y,
    header,
    fontSize: FONT,
    // The same frame gives the same boxes: keep the previous ones, which the rows read.
    label: sameFrame
      ? previous.label
      : { x: place(0, labelWidth), width: labelWidth, textX: place(PAD, 0) },
    flags: sameFrame
      ? previous.flags
      : {
          x: place(labelWidth, flagWidth),
          width: flagWidth,
          cx: place(labelWidth, flagWidth) + flagWidth / 2,
        },
    teamArea: sameFrame
      ? previous.teamArea
      : { x: place(teamStart, teams.length * colWidth), width: teams.length * colWidth },
    noteX: place(teamStart + PAD, 0),
    columns,
    headerFootY: header - 8,
    headerAngle: rtl ? 45 : -45,
    rows,
  };
}
