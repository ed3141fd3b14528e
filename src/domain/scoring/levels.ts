import type { Level, LocalisedText } from '../schemas/common';
import type { LevelName } from '../schemas/model';

/** The maturity level of a score: Math.round (halves round up), clamped to 1–5. */
export function levelOfScore(score: number): Level {
  return Math.min(5, Math.max(1, Math.round(score))) as Level;
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
