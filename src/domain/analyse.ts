/**
 * analyse(model, assessment) → Analysis: the one computation behind every page, chart, PDF, CSV,
 * workshop view and the command line. Pure: no UI, storage, browser or file system.
 *
 * Decisions beyond the spec (each is also stated where it is implemented):
 * - Scope: out-of-scope dimensions have `score: null`, `inScope: false` and count nowhere;
 *   out-of-scope stages' activities have status `out-of-scope`, no flags, and count nowhere.
 * - Confidence = answered ÷ asked, where asked = the model's questions in the dimension, so an
 *   unanswered question lowers confidence like "don't know". Overall confidence = weighted mean
 *   of the in-scope dimensions' confidence.
 * - Level of a score = the level fully reached (its floor) clamped to 1–5; names from `model.levels`.
 * - Targets: the assessment's own per dimension, else the highest of the model's default, sector
 *   and (when regulated) regulated targets; gap = target − score.
 * - Rates (orphan, contest, coverage) and HHI are over in-scope activities with a RACI answer
 *   ("no one" included; "don't know" = blind spot and unanswered are left out); each is null
 *   when its denominator is empty. In the HHI every orphaned activity counts as an owner of its
 *   own. Coverage counts the activities where the control function is the only accountable team;
 *   it is 0 when the assessment removed the control function.
 * - Handoffs skip stages that are out of scope or have no answered activity; "no one" is a
 *   stage owner different from every team but equal to itself.
 * - Team load = R + A, shown; overloaded when a team's R count is above twice the mean R count
 *   of the assessment's teams (A is shown but never makes a team overloaded).
 * - Reactive control flags the in-scope activities the model marks `preSend` (pre-send controls
 *   such as `review.approve`, not the periodic review of live templates), whatever their RACI
 *   answer, when `review.timing` is answered 1–2 by consensus or, without one, when at least half
 *   of the participants who answered it ("don't know" included) gave 1–2, whatever the median;
 *   not raised when the question's dimension is out of scope. High when regulated, else medium.
 * - Remote owner never applies to the control function: governing work others do is its role.
 * - Contact centre unaware flags the in-scope activities the model marks `frontLine` (at least
 *   `content.author`, `triggers.define`, `incidents.crisis`) whose answered RACI ("no one"
 *   included, or the workshop's resolved answer) gives the model's `contactCentre` team no letter:
 *   an A counts like R, C or I. "Don't know" and unanswered do not raise it. Medium. Not
 *   raised when the assessment has no such team: there is no team to judge, and a front line listed
 *   under another team id would otherwise be flagged on every marked activity with no way to clear
 *   it; the questionnaire's feedback and responsiveness questions still measure the front line.
 * - No-doer is medium, high when also orphaned; perception gap is medium (data/flags.json).
 * - Without a consensus answer: maturity uses the median of participants' numeric answers;
 *   RACI uses the modal accountable set with the R/C/I that at least half of the participants
 *   naming it gave. A tie between accountable sets is not settled by order: every team of the
 *   tied sets is accountable (contested when two or more), and the activity shows a perception
 *   gap.
 * - Workshop agreement on an activity = participants naming the modal set ÷ all participants
 *   who answered it, "don't know" included; perception gap below 0.6 or on a tie.
 * - A maturity question is divided when the interquartile range of the participants' numeric
 *   answers (Tukey's hinges: 1, 1, 5, 5 gives 1 and 5) is 2 or more; listed whatever the
 *   consensus, in model order, out-of-scope dimensions left out.
 * - Heatmap: continuous likelihood = 1 + 0.75 × (5 − stage maturity) + Σ flag weight
 *   (`risk.likelihoodFlags`) × share of the stage's in-scope activities carrying the flag, ≤ 5;
 *   stage maturity leaves out-of-scope dimensions out; a stage with no in-scope scored dimension
 *   is unknown (null likelihood, score and band). Score = likelihood × impact, continuous; its
 *   band is read at one decimal. Cells are ranked by score, likelihood, impact, then position.
 * - Team order (ties, lists): the model's teams, then the assessment's own teams.
 * - Leadership gap = mean of leaders' own dimension scores − mean of everyone else's
 *   (participants without a role count as everyone else); only when someone is `leadership`.
 * - Fleiss' kappa allows a varying number of raters per activity; 1 when every rating falls in
 *   one category; null when no activity has two raters.
 * - Inconsistencies: the model's consistency rules are tested against the answers the analysis
 *   uses (consensus, else the workshop median or modal RACI). A rule is broken when all its
 *   conditions hold; a question out of scope, unanswered or "don't know", and an activity out of
 *   scope, unanswered or "don't know", never hold. A RACI condition on several activities names
 *   every one that shows the fact.
 * - Numbers keep full precision; the UI formats them.
 */
import type { Analysis } from './analysis';
import { findInconsistencies } from './consistency/find-inconsistencies';
import { measureLifecycle } from './lifecycle/measure-lifecycle';
import { measureTeamLoad } from './lifecycle/measure-team-load';
import { assessActivities } from './raci/assess-activities';
import { readFlagCatalogue } from './raci/flag-catalogue';
import { findReactiveControl } from './raci/reactive-control';
import { buildTeamOrder } from './raci/team-order';
import { buildHeatmap } from './risk/heatmap';
import { buildRoadmap } from './roadmap/build-roadmap';
import { memoiseOn } from './memo';
import type { Assessment, Response } from './schemas/assessment';
import type { Model } from './schemas/model';
import { resolveMaturityAnswers } from './scoring/resolve-maturity';
import { scoreDimensions } from './scoring/score-dimensions';
import { scoreOverall } from './scoring/score-overall';
import { resolveTargets } from './scoring/targets';
import { indexResponseRaci } from './workshop/index-responses';
import { summariseWorkshop } from './workshop/summarise-workshop';

/**
 * The maturity half: the answers used, each dimension's score and the overall score. A RACI edit
 * leaves every input the same object, so the what-if sandbox finds it ready (see memo.ts).
 */
const measureMaturity = memoiseOn(
  (
    maturity: Assessment['maturity'],
    model: Model,
    responses: Assessment['responses'],
    outOfScope: Assessment['outOfScope'],
    organisation: Assessment['organisation'],
    targets: Assessment['targets'],
  ) => {
    const answers = resolveMaturityAnswers(model, {
      maturity,
      ...(responses ? { responses } : {}),
    });
    const dimensions = scoreDimensions(
      model,
      answers,
      new Set(outOfScope?.dimensions ?? []),
      organisation.sector,
      resolveTargets(model, { organisation, targets }),
    );
    return { answers, dimensions, overall: scoreOverall(dimensions, model.levels) };
  },
);

/** The workshop half: each activity's answers by participant and the room's statistics. */
const measureWorkshop = memoiseOn(
  (
    responses: readonly Response[],
    model: Model,
    teams: Assessment['teams'],
    outOfScope: Assessment['outOfScope'],
  ) => {
    const order = buildTeamOrder(model, { teams });
    const outOfScopeStages = new Set(outOfScope?.stages ?? []);
    const answers = indexResponseRaci(responses, order);
    const workshop =
      responses.length === 0
        ? undefined
        : summariseWorkshop({
            model,
            responses,
            answers,
            activityIds: model.activities
              .filter((a) => !outOfScopeStages.has(a.stage))
              .map((a) => a.id),
            order,
            outOfScopeDimensions: new Set(outOfScope?.dimensions ?? []),
          });
    return { answers, workshop };
  },
);

const NO_RESPONSES: readonly Response[] = [];

/** Turns a model and an assessment into everything the product shows. */
export function analyse(model: Model, assessment: Assessment): Analysis {
  const catalogue = readFlagCatalogue(model);
  const order = buildTeamOrder(model, assessment);
  const outOfScopeStages = new Set(assessment.outOfScope?.stages ?? []);
  const outOfScopeDimensions = new Set(assessment.outOfScope?.dimensions ?? []);

  const { answers, dimensions, overall } = measureMaturity(
    assessment.maturity,
    model,
    assessment.responses,
    assessment.outOfScope,
    assessment.organisation,
    assessment.targets,
  );

  const responses = assessment.responses ?? NO_RESPONSES;
  const { answers: responseRaci, workshop } = measureWorkshop(
    responses,
    model,
    assessment.teams,
    assessment.outOfScope,
  );

  const activities = assessActivities({
    activities: model.activities,
    raci: assessment.raci,
    responses: responseRaci,
    agreements: workshop?.activities ?? {},
    outOfScopeStages,
    order,
    catalogue,
    regulated: assessment.organisation.regulated,
    reactive: findReactiveControl(model, answers, responses, outOfScopeDimensions),
    controlFunction: model.controlFunction,
    contactCentre: assessment.teams.some((t) => t.id === model.contactCentre)
      ? model.contactCentre
      : null,
  });
  const hasControlFunction = assessment.teams.some((t) => t.id === model.controlFunction);
  const { lifecycle, stages } = measureLifecycle({
    stages: model.stages,
    activities,
    order,
    controlFunction: hasControlFunction ? model.controlFunction : null,
  });

  return {
    modelVersion: model.version,
    dimensions,
    overall,
    activities,
    stages,
    lifecycle,
    teams: measureTeamLoad(assessment.teams, activities),
    ...(workshop ? { workshop } : {}),
    inconsistencies: findInconsistencies(model.consistency ?? [], {
      answers,
      questions: model.questions,
      outOfScopeDimensions,
      activities,
    }),
    heatmap: buildHeatmap({ model, assessment, dimensions, activities }),
    roadmap: buildRoadmap({ model, assessment, answers, dimensions, activities, lifecycle }),
  };
}
