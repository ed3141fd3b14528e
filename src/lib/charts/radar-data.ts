/**
 * What the maturity radar shows, worked out from the analysis without the chart: the points on
 * the radar (in-scope dimensions with a score, each with its target level for the target ring),
 * the rows of its table (every dimension), the dimensions left off and why, and the numbers of
 * its text summary.
 */
import type { Analysis } from '../../domain/analysis';

/** Below this confidence (answered ÷ asked) a point is drawn hollow with a dashed ring. */
export const LOW_CONFIDENCE = 0.8;

/** A dimension named in the page's language. */
export interface DimensionName {
  id: string;
  name: string;
}

/** One point on the radar: an in-scope dimension with a score. */
export interface RadarPoint {
  id: string;
  name: string;
  score: number;
  level: number;
  levelName: string;
  /** The level the dimension aims at (drawn on the dashed target ring). */
  target: number;
  /** target − score; zero or below when the target is met. */
  gap: number;
  confidence: number;
  asked: number;
  answered: number;
  lowConfidence: boolean;
}

/** Why a dimension is not on the radar. */
export type ExclusionReason = 'out-of-scope' | 'unscored';

/** One row of the radar's table: every dimension, on the radar or not. */
export interface RadarRow {
  id: string;
  name: string;
  status: 'scored' | ExclusionReason;
  score: number | null;
  levelName: string | null;
  target: number;
  /** Null without a score or out of scope. */
  gap: number | null;
  confidence: number;
  asked: number;
  answered: number;
}

/** The figures of the text summary; `strongest`/`weakest` are empty when every score is equal. */
export interface RadarSummary {
  score: number;
  levelName: string;
  confidence: number;
  strongest: string[];
  weakest: string[];
}

/** Everything the radar, its legend, its table and its summary need. */
export interface RadarData {
  /** In the model's order (the reading order of the legend). */
  points: RadarPoint[];
  rows: RadarRow[];
  excluded: { id: string; name: string; reason: ExclusionReason }[];
  /** Null when no dimension has a score. */
  summary: RadarSummary | null;
}

const EPSILON = 1e-9;

function nameLevel(levelNames: readonly string[], level: number): string {
  return levelNames[level - 1] ?? String(level);
}

function extremes(points: readonly RadarPoint[]): Pick<RadarSummary, 'strongest' | 'weakest'> {
  const scores = points.map((p) => p.score);
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  if (max - min < EPSILON) return { strongest: [], weakest: [] };
  return {
    strongest: points.filter((p) => max - p.score < EPSILON).map((p) => p.name),
    weakest: points.filter((p) => p.score - min < EPSILON).map((p) => p.name),
  };
}

/** Prepares the radar's points, table rows, left-off dimensions and summary from the analysis. */
export function buildRadarData(
  dimensions: Analysis['dimensions'],
  overall: Analysis['overall'],
  dimensionNames: readonly DimensionName[],
  levelNames: readonly string[],
): RadarData {
  const rows: RadarRow[] = [];
  const points: RadarPoint[] = [];
  for (const { id, name } of dimensionNames) {
    const d = dimensions[id];
    if (!d) continue;
    const status = !d.inScope ? 'out-of-scope' : d.score === null ? 'unscored' : 'scored';
    const { score, level, target, gap, confidence, asked, answered } = d;
    const levelName = level === null ? null : nameLevel(levelNames, level);
    rows.push({ id, name, status, score, levelName, target, gap, confidence, asked, answered });
    if (status !== 'scored' || score === null || level === null || gap === null) continue;
    const lowConfidence = confidence < LOW_CONFIDENCE;
    points.push({
      id,
      name,
      score,
      level,
      levelName: nameLevel(levelNames, level),
      target,
      gap,
      confidence,
      asked,
      answered,
      lowConfidence,
    });
  }
  const excluded = rows.flatMap((r) =>
    r.status === 'scored' ? [] : [{ id: r.id, name: r.name, reason: r.status }],
  );
  const summary =
    overall.score === null || points.length === 0
      ? null
      : {
          score: overall.score,
          levelName: overall.level === null ? '' : nameLevel(levelNames, overall.level),
          confidence: overall.confidence,
          ...extremes(points),
        };
  return { points, rows, excluded, summary };
}

/** The dimensions left off a chart, grouped by why (out of scope first); empty groups left out. */
export function groupExcluded(
  excluded: readonly { name: string; reason: ExclusionReason }[],
): { reason: ExclusionReason; names: string[] }[] {
  const reasons: ExclusionReason[] = ['out-of-scope', 'unscored'];
  return reasons
    .map((reason) => ({
      reason,
      names: excluded.filter((e) => e.reason === reason).map((e) => e.name),
    }))
    .filter((group) => group.names.length > 0);
}

/** Breaks a label into lines of about `width` characters at spaces, for labels round the radar. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
