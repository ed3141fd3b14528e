/**
 * Team load bars: one bar per team, as long as its number of R plus A, in the matrix's team order.
 * Bars grow from the inline start (from the right in right-to-left pages). Pure and deterministic.
 */
import { max } from 'd3-array';
import type { TeamResult } from '../../domain/analysis';
import { isolate } from './bidi-isolate';
import { truncateText } from './text-width';

/** What the bars are drawn from. */
export interface TeamLoadInput {
  teams: readonly { id: string; label: string }[];
  results: Readonly<Record<string, Pick<TeamResult, 'load' | 'overloaded'>>>;
  width: number;
  rtl: boolean;
}

/** One team's bar, its label and where its value is written. */
export interface TeamLoadBar {
  team: string;
  label: string;
  load: number;
  overloaded: boolean;
  y: number;
  textY: number;
  barX: number;
  barWidth: number;
  /** Where the value starts, just past the bar's end; the value reads away from the bar. */
  valueX: number;
}

/** The bars' geometry. */
export interface TeamLoadLayout {
  width: number;
  height: number;
  labelX: number;
  barHeight: number;
  bars: TeamLoadBar[];
}

const ROW = 26;
const BAR = 14;
const FONT = 12.5;
const VALUE_ROOM = 120;
const PAD = 8;

/** Lays out the bars in a box `width` wide: team names, then bars scaled to the largest load. */
export function layoutTeamLoad(input: TeamLoadInput): TeamLoadLayout {
  const width = Math.max(input.width, 260);
  const labelWidth = Math.min(Math.max(Math.round(width * 0.32), 110), 240);
  const loads = input.teams.map((t) => input.results[t.id]?.load ?? 0);
  // A bar's length is proportional to its load from zero: a linear scale is one multiplication
  // (d3's scaleLinear would bring number formatting and colour interpolation into the page).
  const unit = (width - labelWidth - VALUE_ROOM) / Math.max(max(loads) ?? 0, 1);
  const bars = input.teams.map((team, i): TeamLoadBar => {
    const load = loads[i] ?? 0;
    const barWidth = Math.round(load * unit * 10) / 10;
    const start = labelWidth;
    const y = i * ROW;
    return {
      team: team.id,
      label: isolate(truncateText(team.label, labelWidth - 2 * PAD, FONT)),
      load,
      overloaded: input.results[team.id]?.overloaded ?? false,
      y: y + (ROW - BAR) / 2,
      textY: y + ROW / 2 + 0.35 * FONT,
      barX: input.rtl ? width - start - barWidth : start,
      barWidth,
      valueX: input.rtl ? width - start - barWidth - 6 : start + barWidth + 6,
    };
  });
  return {
    width,
    height: input.teams.length * ROW,
    labelX: input.rtl ? width - PAD : PAD,
    barHeight: BAR,
    bars,
  };
}
