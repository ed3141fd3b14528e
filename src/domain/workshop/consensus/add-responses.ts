import type { Assessment, Response } from '../../schemas/assessment';
import { checkResponseTeams } from '../../schemas/parse-assessment';
import type { Problem } from '../../schemas/problems';
import type { ResponseFile } from '../response-file';

/** A response file as read, with the name it was given (the file name). */
export interface NamedResponseFile {
  name: string;
  file: ResponseFile;
}

/** What became of one file: its response added, replacing an earlier one, or refused. */
export type ResponseOutcome =
  | { file: string; status: 'added'; participant: string }
  | {
      file: string;
      status: 'replaced';
      participant: string;
      /** The file whose response it replaces; null when the assessment already held it. */
      earlier: string | null;
    }
  | { file: string; status: 'refused'; problems: Problem[] };

/** How the responses are added. */
export interface AddOptions {
  /** An anonymous workshop keeps no names: every response, earlier ones included, loses its `name`. */
  anonymous?: boolean;
}

const same = (a: string, b: string | undefined): boolean =>
  b !== undefined && a.normalize('NFC').trim() === b.normalize('NFC').trim();

/**
 * Whether a file answers this assessment's workshop: the same period, and the organisation named
 * as the assessment names it (or by its stable id).
 */
export function answersWorkshop(assessment: Assessment, file: ResponseFile): boolean {
  const { organisation, period } = file.workshop;
  return (
    period === assessment.period &&
    (same(organisation, assessment.organisation.name) ||
      same(organisation, assessment.organisation.id))
  );
}

function otherWorkshop(assessment: Assessment, file: ResponseFile): Problem {
  const { organisation, period } = file.workshop;
  return {
    path: 'workshop',
    code: 'other-workshop',
    message: `answers the workshop of ${organisation} for ${period}, not of ${assessment.organisation.name} for ${assessment.period}`,
    params: {
      organisation,
      period,
      expectedOrganisation: assessment.organisation.name,
      expectedPeriod: assessment.period,
    },
  };
}

function withoutName({ name: _name, ...rest }: Response): Response {
  return rest;
}

/**
 * Merges participants' response files into an assessment's `responses`, in the order given. A
 * file for another organisation or period, or naming a team the assessment does not have, is
 * refused and reported, never added. A participant who answered before (in the assessment or an
 * earlier file) has their earlier response replaced by the later one, which is reported. The
 * assessment given is left as it was.
 */
export function addResponses(
  assessment: Assessment,
  files: readonly NamedResponseFile[],
  options: AddOptions = {},
): { assessment: Assessment; outcomes: ResponseOutcome[] } {
  const teams = new Set(assessment.teams.map((t) => t.id));
  const responses = [...(assessment.responses ?? [])];
  /** Which file each participant's response came from; absent when the assessment held it. */
  const source = new Map<string, string>();
  const outcomes = files.map(({ name, file }): ResponseOutcome => {
    const problems = answersWorkshop(assessment, file)
      ? checkResponseTeams(file.response, teams, 'response.')
      : [otherWorkshop(assessment, file)];
    if (problems.length > 0) return { file: name, status: 'refused', problems };
    const response = file.response;
    const { participant } = response;
    const index = responses.findIndex((r) => r.participant === participant);
    const earlier = source.get(participant) ?? null;
    source.set(participant, name);
    if (index < 0) {
      responses.push(response);
      return { file: name, status: 'added', participant };
    }
    responses[index] = response;
    return { file: name, status: 'replaced', participant, earlier };
  });
  const kept = options.anonymous ? responses.map(withoutName) : responses;
  return { assessment: { ...assessment, responses: kept }, outcomes };
}
