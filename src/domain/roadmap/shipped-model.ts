/**
 * The shipped model and example assessments, read through the same pure parsers the product
 * uses, for scenario and property tests of the roadmap. Tests only.
 */
import actions from '../../../data/actions.json';
import consistency from '../../../data/consistency.json';
import flags from '../../../data/flags.json';
import model from '../../../data/model.json';
import questions from '../../../data/questions.json';
import risk from '../../../data/risk.json';
import targets from '../../../data/targets.json';
import weights from '../../../data/weights.json';
import bank from '../../../examples/bank-fragmented.json';
import government from '../../../examples/government-agency.json';
import gulfBank from '../../../examples/gulf-islamic-bank.json';
import telecom from '../../../examples/telecom-controlled.json';
import type { Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { parseAssessment } from '../schemas/parse-assessment';
import { parseModel } from '../schemas/parse-model';

/** The model in `data/`, validated. */
export function loadShippedModel(): Model {
  return parseModel(
    Object.entries({ actions, consistency, flags, model, questions, risk, targets, weights }).map(
      ([name, data]) => ({
        file: `data/${name}.json`,
        data,
      }),
    ),
  );
}

const EXAMPLES = { bank, government, telecom, gulfBank } as const;

/** One of the example assessments in `examples/`, validated. */
export function loadExample(name: keyof typeof EXAMPLES): Assessment {
  const result = parseAssessment(EXAMPLES[name]);
  if (!result.ok)
    throw new Error(
      `examples/${name}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  return result.value;
}
