/**
 * The shape of the analysis: the one object that pages, charts, the PDF, CSV, the workshop view
 * and the command line render. Keys named in the file-format spec are fixed; the rest are added
 * here so that views never compute anything of their own. Numbers keep full precision.
 */
import type { Level, LocalisedText } from './schemas/common';
import type { Heatmap } from './risk/heatmap';
import type { Roadmap } from './roadmap/build-roadmap';
import type { FlagId, Severity } from './schemas/flag';

/** Flag ids and severities are defined with the flag catalogue's schema; re-exported here for the views. */
export { FLAG_IDS, SEVERITIES, type FlagId, type Severity } from './schemas/flag';

/** A share between 0 and 1. */
export type Share = number;

/** Where an answer used in the analysis came from: the agreed answer, or the workshop's responses. */
export type AnswerSource = 'consensus' | 'workshop';

/** One maturity answer behind a dimension score; `answer` is a workshop median when from responses. */
export interface AnswerDriver {
  question: string;
  answer: number | 'unknown';
  source: AnswerSource;
  /** Participants whose numeric answers made the median (workshop answers only). */
  responses?: number;
}

/** A maturity dimension's result. */
export interface DimensionResult {
  /** Mean of the answered questions; null when none is answered or the dimension is out of scope. */
  score: number | null;
  /** Answered ÷ asked (0 when nothing is asked); "don't know" lowers it. */
  confidence: Share;
  /** The level fully reached: the floor of the score (2.67 is level 2); null without a score. */
  level: Level | null;
  /** The level the organisation aims at (the assessment's own, else the model's default for its profile). */
  target: Level;
  /** target − score; null without a score or out of scope. Zero or below: the target is met. */
  gap: number | null;
  levelName: LocalisedText | null;
  inScope: boolean;
  /** Questions the model asks in this dimension, and how many have a numeric answer. */
  asked: number;
  answered: number;
  unknown: number;
  /** The sector weight the overall score gives this dimension. */
  weight: number;
  drivers: AnswerDriver[];
}

/** The overall maturity: the sector-weighted mean of the in-scope dimensions that have a score. */
export interface OverallResult {
  score: number | null;
  level: Level | null;
  levelName: LocalisedText | null;
  /** Weighted mean of the in-scope dimensions' confidence. */
  confidence: Share;
  /** The weakest in-scope dimension (lowest score; ties: largest gap, then model order); null without scores. */
  weakest: string | null;
  /** The dimensions behind the score: each in-scope dimension with a score, and its sector weight. */
  drivers: { dimension: string; score: number; weight: number }[];
}

/** A flag raised on one activity, with its severity and its words in both languages. */
export interface FlagDetail {
  id: FlagId;
  severity: Severity;
  name: LocalisedText;
  text: LocalisedText;
  /** Teams the flag is about (e.g. the contesting or remote owners), in team order. */
  teams?: string[];
  /** Maturity answers the flag comes from (reactive control). */
  drivers?: AnswerDriver[];
}

/** What is known of an activity's RACI: answered (possibly "no one"), "don't know", unanswered or out of scope. */
export type ActivityStatus = 'answered' | 'unknown' | 'unanswered' | 'out-of-scope';

/** One activity's RACI result. */
export interface ActivityResult {
  flags: FlagId[];
  /** Accountable teams, in team order. */
  accountable: string[];
  /** Workshop agreement on who is accountable, when participants answered it. */
  agreement?: Share;
  stage: string;
  status: ActivityStatus;
  /** Where the RACI answer came from; null when there is none. */
  source: AnswerSource | null;
  responsible: string[];
  consulted: string[];
  informed: string[];
  flagDetails: FlagDetail[];
}

/** One stage's summary, in lifecycle order. */
export interface StageResult {
  inScope: boolean;
  /** Team with the largest accountable share in the stage; null is "no one". */
  mainAccountable: string | null;
  /** Each accountable team's share of the stage's accountability (sums to 1 when any). */
  accountableShares: Record<string, Share>;
  /** True when the main accountable team differs from the previous counted stage's. */
  handoffFromPrevious: boolean;
  /** False when the stage is out of scope or none of its activities has a RACI answer. */
  counted: boolean;
}

/** Figures over the whole lifecycle (in-scope, answered activities). */
export interface LifecycleFigures {
  accountableOwners: number;
  /**
   * Σ share² over the accountable teams (an activity with k of them gives each 1/k of it) and the
   * orphaned activities, each an owner of its own; null when no activity is answered.
   */
  hhi: number | null;
  /** 1 − HHI; 0 means one owner; null like `hhi`. */
  fragmentationIndex: number | null;
  handoffs: number;
  /** Orphaned ÷ answered activities; null when none is answered. */
  orphanRate: Share | null;
  /** Contested ÷ answered activities; null when none is answered. */
  contestRate: Share | null;
  /** Activities where the control function is the only accountable team ÷ answered; null when none is answered. */
  controlFunctionCoverage: Share | null;
  /** The accountable teams by share of the answered activities (largest first, then team order); orphans make up the rest. */
  mainOwners: { team: string; share: Share }[];
  activitiesInScope: number;
  answeredActivities: number;
  unknownActivities: number;
}

/** One team's workload. */
export interface TeamResult {
  /**
   * Number of R plus number of A over in-scope answered activities, as shown. A (governing the
   * work) is shown but does not make a team overloaded: only R (doing it) does.
   */
  load: number;
  /** R count above twice the mean R count of the assessment's teams. */
  overloaded: boolean;
  responsible: number;
  accountable: number;
  consulted: number;
  informed: number;
}

/** Workshop agreement on one activity. */
export interface ActivityAgreement {
  /** Participants who named someone or "no one" (not "don't know"). */
  answered: number;
  /** Participants who answered "don't know". */
  unknown: number;
  /** The modal accountable set ([] is "no one"); on a tie, every team of the tied sets, in team order. */
  modal: string[];
  /** True when two or more sets were named most often: the room is split, a perception gap. */
  tied: boolean;
  /** Participants naming the modal set ÷ all who answered (answered + unknown). */
  agreement: Share;
  /** Every accountable set named, with its count, most named first. */
  answers: { accountable: string[]; count: number }[];
}

/** Agreement statistics of a group of participants (the whole room or one role). */
export interface AgreementStatistics {
  participants: number;
  /** Fleiss' kappa over activities rated by two or more; null when none or undefined. */
  kappa: number | null;
  /** Mean agreement over the activities anyone answered; null when none. */
  meanAgreement: Share | null;
  activities: Record<string, ActivityAgreement>;
}

/** How leadership and everyone else rate one dimension (mean of each participant's dimension score). */
export interface LeadershipGap {
  leadership: number | null;
  others: number | null;
  /** leadership − others: positive when leaders see a rosier picture; null when a side has no score. */
  gap: number | null;
  leadershipParticipants: number;
  otherParticipants: number;
}

/** How far apart the participants' answers to one maturity question are. */
export interface QuestionSpread {
  /** Participants who gave a level (1–5). */
  answered: number;
  /** Participants who answered "don't know": left out of the figures below. */
  unknown: number;
  /** Median, lower and upper quartiles (Tukey's hinges) of the levels; null when none was given. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Interquartile range q3 − q1. */
  iqr: number | null;
  /** IQR of 2 or more: the room is divided on this question (1, 1, 5, 5 is). */
  divided: boolean;
}

/** Workshop statistics, present when the assessment has responses. */
export interface WorkshopResult extends AgreementStatistics {
  /** The same statistics per role group (`leadership`, `management`, `staff`, free text, `unspecified`). */
  roles: Record<string, AgreementStatistics>;
  leadershipGap: Record<string, LeadershipGap>;
  /** The in-scope maturity questions the room is divided on, in model order. */
  dividedQuestions: string[];
  /** The spread of the answers to each in-scope question anyone answered, in model order. */
  questions: Record<string, QuestionSpread>;
}

/** Answers that cannot all hold, by one of the model's consistency rules. */
export interface Inconsistency {
  /** The rule's id in `data/consistency.json`. */
  rule: string;
  /** The maturity questions the rule names, in the rule's order. */
  questions: string[];
  /** The activities whose RACI answer the rule found, in model order. */
  activities: string[];
  /** Why these answers cannot all hold. */
  text: LocalisedText;
}

/** The analysis core: everything but the heatmap and roadmap, which are built from it. */
export interface CoreAnalysis {
  modelVersion: string;
  dimensions: Record<string, DimensionResult>;
  overall: OverallResult;
  activities: Record<string, ActivityResult>;
  stages: Record<string, StageResult>;
  lifecycle: LifecycleFigures;
  teams: Record<string, TeamResult>;
  workshop?: WorkshopResult;
  /** Every broken consistency rule, in the model's rule order; empty when the answers agree. */
  inconsistencies: Inconsistency[];
}

/** The analysis `analyse()` returns: the core, and the risk heatmap and roadmap built from it. */
export interface Analysis extends CoreAnalysis {
  heatmap: Heatmap;
  roadmap: Roadmap;
}
