import type { ActivityAgreement, AnswerDriver, FlagDetail } from '../analysis';
import type { FlagCatalogue, FlagId } from '../schemas/flag';
import { PERCEPTION_GAP_BELOW } from '../workshop/measure-agreement';
import type { ResolvedRaci } from './resolve-raci';

/** From this many responsible teams, the work is diffuse. */
export const DIFFUSE_FROM = 4;
/** From this many consulted teams, consultation drags. */
export const CONSULTATION_DRAG_FROM = 5;

/** What besides its RACI answer decides an activity's flags. */
export interface FlagContext {
  catalogue: FlagCatalogue;
  regulated: boolean;
  /** The review-timing answer when it says review happens after sending and the activity is a pre-send control. */
  reactive: AnswerDriver | null;
  /** Workshop agreement on who is accountable, when participants answered. */
  agreement: Pick<ActivityAgreement, 'agreement' | 'tied'> | undefined;
  /** The control function's team id: governing work that others do is its role, never a remote owner. */
  controlFunction: string;
  /**
   * The contact-centre team when the activity is one the front line must know about and the
   * assessment has that team; null otherwise (no flag about it then).
   */
  contactCentre: string | null;
}

/** Whether a team holds any letter (R, A, C or I) in the activity's roles. */
function holdsLetter(roles: NonNullable<ResolvedRaci['roles']>, team: string): boolean {
  return [roles.responsible, roles.accountable, roles.consulted, roles.informed].some((list) =>
    list.includes(team),
  );
}

/**
 * The flags one in-scope activity carries, in catalogue order, each with its severity and words.
 * "Don't know" is a blind spot and nothing else from the RACI; unanswered raises no RACI flag.
 * Reactive control and perception gap come from the maturity answers and the workshop, so they
 * are raised whatever the RACI answer; a room tied between accountable sets shows a perception gap.
 * The contact centre is unaware when it holds no letter on a front-line activity ("no one" included).
 */
export function flagActivity(resolved: ResolvedRaci, context: FlagContext): FlagDetail[] {
  const flags: FlagDetail[] = [];
  const raise = (
    id: FlagId,
    raised = false,
    extra: Pick<FlagDetail, 'teams' | 'drivers'> = {},
  ): void => {
    const definition = context.catalogue[id];
    flags.push({
      id,
      severity: raised ? (definition.raisedSeverity ?? definition.severity) : definition.severity,
      name: definition.name,
      text: definition.explanation,
      ...extra,
    });
  };
  const roles = resolved.roles;
  if (roles) {
    const { accountable, responsible } = roles;
    if (accountable.length === 0) raise('orphaned');
    if (accountable.length >= 2) raise('contested', false, { teams: accountable });
    if (responsible.length === 0) raise('no-doer', accountable.length === 0);
    if (responsible.length >= DIFFUSE_FROM) raise('diffuse', false, { teams: responsible });
  }
  if (resolved.status === 'unknown') raise('blind-spot');
  if (roles) {
    const remote = roles.accountable.filter(
      (t) =>
        t !== context.controlFunction &&
        !roles.responsible.includes(t) &&
        !roles.consulted.includes(t),
    );
    if (remote.length > 0) raise('remote-owner', false, { teams: remote });
    if (roles.consulted.length >= CONSULTATION_DRAG_FROM)
      raise('consultation-drag', false, { teams: roles.consulted });
    const contactCentre = context.contactCentre;
    if (contactCentre !== null && !holdsLetter(roles, contactCentre))
      raise('contact-centre-unaware', false, { teams: [contactCentre] });
  }
  if (context.reactive)
    raise('reactive-control', context.regulated, { drivers: [context.reactive] });
  const agreement = context.agreement;
  if (agreement && (agreement.tied || agreement.agreement < PERCEPTION_GAP_BELOW))
    raise('perception-gap');
  return flags;
}
