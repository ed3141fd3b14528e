/**
 * The lifecycle strip: one block per stage, in lifecycle order, naming the team accountable for it,
 * with a marker where responsibility changes hands. Blocks flow onto more lines when the box is
 * narrow; right-to-left pages start at the right. Pure and deterministic.
 */
import type { StageResult } from '../../domain/analysis';
import { isolate } from './bidi-isolate';
import { truncateText, wrapText } from './text-width';

/** What a stage block says about its owner. */
export type StageOwnerKind =
  'team' | 'control-function' | 'no-one' | 'not-counted' | 'out-of-scope';

/** What the strip is drawn from, in the page language. */
export interface LifecycleLayoutInput {
  stages: readonly { id: string; name: string }[];
  results: Readonly<Record<string, StageResult>>;
  /** A team's display name. */
  teamLabel: (id: string) => string;
  controlFunction: string;
  /** The words for a stage nobody owns, a stage without answers, and one out of scope. */
  words: { noOne: string; notCounted: string; outOfScope: string };
  width: number;
  rtl: boolean;
}

/** One stage's block. */
export interface StageBlockLayout {
  stage: string;
  name: string;
  /** The main accountable team, or null (no one, no answers, out of scope). */
  owner: string | null;
  ownerText: string;
  kind: StageOwnerKind;
  /** True when the owner differs from the previous counted stage's. */
  handoff: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  nameY: number;
  nameLine: string;
  ownerLines: string[];
  ownerYs: number[];
  /** The handoff marker, in the gap before the block; null without a handoff. */
  marker: { cx: number; cy: number } | null;
}

/** The strip's geometry. */
export interface LifecycleLayout {
  width: number;
  height: number;
  blocks: StageBlockLayout[];
}

const MIN_BLOCK = 112;
const GAP = 22;
const HEIGHT = 66;
const ROW_GAP = 10;
const FONT = 12;
const LINE = 14.5;
const PAD = 8;

function describeOwner(
  result: StageResult | undefined,
  input: LifecycleLayoutInput,
): { kind: StageOwnerKind; text: string } {
  if (!result || !result.inScope) return { kind: 'out-of-scope', text: input.words.outOfScope };
  if (!result.counted) return { kind: 'not-counted', text: input.words.notCounted };
  const owner = result.mainAccountable;
  if (owner === null) return { kind: 'no-one', text: input.words.noOne };
  const kind = owner === input.controlFunction ? 'control-function' : 'team';
  return { kind, text: input.teamLabel(owner) };
}

/** Lays out the strip in a box `width` wide: as many blocks a line as fit, each after a gap for its marker. */
export function layoutLifecycle(input: LifecycleLayoutInput): LifecycleLayout {
  const count = input.stages.length;
  const perLine = Math.max(1, Math.min(count, Math.floor(input.width / (MIN_BLOCK + GAP))));
  const blockWidth = Math.floor(input.width / perLine) - GAP;
  const lines = Math.ceil(count / perLine);
  const blocks = input.stages.map((stage, i): StageBlockLayout => {
    const result = input.results[stage.id];
    const owner = describeOwner(result, input);
    const inline = (i % perLine) * (blockWidth + GAP) + GAP;
    const x = input.rtl ? input.width - inline - blockWidth : inline;
    const y = Math.floor(i / perLine) * (HEIGHT + ROW_GAP);
    const handoff = (result?.handoffFromPrevious ?? false) && i > 0;
    const ownerLines = wrapText(owner.text, blockWidth - 2 * PAD, FONT, 2).lines.map(isolate);
    const nameY = y + PAD + FONT;
    return {
      stage: stage.id,
      name: stage.name,
      owner: result?.inScope && result.counted ? result.mainAccountable : null,
      ownerText: owner.text,
      kind: owner.kind,
      handoff,
      x,
      y,
      width: blockWidth,
      height: HEIGHT,
      textX: input.rtl ? x + blockWidth - PAD : x + PAD,
      nameY,
      nameLine: truncateText(stage.name, blockWidth - 2 * PAD, FONT),
      ownerLines,
      ownerYs: ownerLines.map((_, n) => nameY + (n + 1) * LINE + 3),
      marker: handoff
        ? { cx: input.rtl ? x + blockWidth + GAP / 2 : x - GAP / 2, cy: y + HEIGHT / 2 }
        : null,
    };
  });
  return { width: input.width, height: lines * HEIGHT + (lines - 1) * ROW_GAP, blocks };
}
