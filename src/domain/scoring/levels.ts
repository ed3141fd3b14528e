import type { Level, LocalisedText } from '../schemas/common';
import type { LevelName } from '../schemas/model';

/**
 * How close below a whole level a score may fall and still have reached it: a mean such as
 * (3 + 3 + 3) / 3 can come out a hair under 3 in floating point.
 */
const REACHED_EPSILON = 1e-9;

/**
 * The maturity level a score has fully reached: its floor (2.67 is level 2, on the way to 3),
 * never rounded up, clamped to 1–5.
 */
export function levelOfScore(score: number): Level {
  return Math.min(5, Math.max(1, Math.floor(score + REACHED_EPSILON))) as Level;
}

/** The level and its name for a score, or nulls without a score. */
export function nameLevel(
  levels: readonly LevelName[],
  score: number | null,
): { level: Level | null; levelName: LocalisedText | null } {
  if (score === null) return { level: null, levelName: null };
  const level = levelOfScore(score);
  return { level, levelName: levels.find((l) => l.level === level)?.name ?? null };
}
