import type { ActivityAgreement, ActivityResult, AnswerDriver } from '../analysis';
import type { Assessment } from '../schemas/assessment';
import type { FlagCatalogue } from '../schemas/flag';
import type { Activity } from '../schemas/model';
import type { ResponseRaci } from '../workshop/index-responses';
import { flagActivity } from './flag-activity';
import { resolveRaci } from './resolve-raci';
import type { TeamOrder } from './team-order';

/** What the activity results are computed from. */
export interface ActivitiesInput {
  activities: readonly Activity[];
  raci: Assessment['raci'];
  responses: ReadonlyMap<string, readonly ResponseRaci[]>;
  /** Workshop agreement per in-scope activity, when there are responses. */
  agreements: Readonly<Record<string, ActivityAgreement>>;
  outOfScopeStages: ReadonlySet<string>;
  order: TeamOrder;
  catalogue: FlagCatalogue;
  regulated: boolean;
  /** The review-timing answer when it means review after sending; null otherwise. */
  reactive: AnswerDriver | null;
  /** The control function's team id (never flagged as a remote owner). */
  controlFunction: string;
  /** The model's contact-centre team when the assessment has it; null when it does not. */
  contactCentre: string | null;
}

/**
 * Every model activity's RACI result, in model order; out-of-scope activities carry that status
 * and nothing else. Reactive control goes on the activities the model marks as pre-send controls;
 * the contact centre's letters are checked on those it marks as front-line.
 */
export function assessActivities(input: ActivitiesInput): Record<string, ActivityResult> {
  const results: Record<string, ActivityResult> = {};
  for (const { id, stage, preSend, frontLine } of input.activities) {
    if (input.outOfScopeStages.has(stage)) {
      results[id] = {
        flags: [],
        accountable: [],
        stage,
        status: 'out-of-scope',
        source: null,
        responsible: [],
        consulted: [],
        informed: [],
        flagDetails: [],
      };
      continue;
    }
    const agreement = input.agreements[id];
    const resolved = resolveRaci(
      input.raci[id],
      input.responses.get(id) ?? [],
      agreement ?? null,
      input.order,
    );
    const flagDetails = flagActivity(resolved, {
      catalogue: input.catalogue,
      regulated: input.regulated,
      reactive: preSend === true ? input.reactive : null,
      agreement,
      controlFunction: input.controlFunction,
      contactCentre: frontLine === true ? input.contactCentre : null,
    });
    results[id] = {
      flags: flagDetails.map((f) => f.id),
      accountable: resolved.roles?.accountable ?? [],
      ...(agreement ? { agreement: agreement.agreement } : {}),
      stage,
      status: resolved.status,
      source: resolved.source,
      responsible: resolved.roles?.responsible ?? [],
      consulted: resolved.roles?.consulted ?? [],
      informed: resolved.roles?.informed ?? [],
      flagDetails,
    };
  }
  return results;
}
