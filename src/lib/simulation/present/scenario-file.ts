import { parseContent } from '$lib/content/errors';
import { parseScenario, ScenarioError, type Scenario } from '$lib/simulation/core';
import { ScenarioFileSchema } from './text/scenario-file';
import { fill } from './text/template';
import texts from '../../../../content/simulator/scenario-file.json';

/**
 * A scenario file the learner or lecturer opens on /mo-phong: read, checked by the same
 * schema as the built-in firms, and any problem said in Vietnamese with the field named.
 */

export const SCENARIO_FILE_TEXT = parseContent(
	ScenarioFileSchema,
	texts,
	'content/simulator/scenario-file.json'
);

const P = SCENARIO_FILE_TEXT.problems;

/** The scenario schema's problems (scenario.ts), each with its Vietnamese sentence. */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
	[/^must be a number from (\S+) to (\S+)$/, (m) => fill(P.number, { min: m[1]!, max: m[2]! })],
	[
		/^must be a number above (\S+) and at most (\S+)$/,
		(m) => fill(P.above, { min: m[1]!, max: m[2]! })
	],
	[
		/^must be a whole number from (\S+) to (\S+)$/,
		(m) => fill(P.whole, { min: m[1]!, max: m[2]! })
	],
	[
		/^must be a list of (\S+) to (\S+) segments$/,
		(m) => fill(P.segments, { min: m[1]!, max: m[2]! })
	],
	[/^is missing$/, () => P.missing],
	[/^is not a scenario field/, () => P.unknown],
	[/^must be text$/, () => P.text],
	[/^must not be empty$/, () => P.empty],
	[/^use lower-case-with-dashes$/, () => P.id],
	[/^must be 1, 2 or 3$/, () => P.difficulty],
	[/^must be a list of texts$/, () => P.texts],
	[/^the shares must add up to 1$/, () => P.shares],
	[/^the prospect shares must add up to 1$/, () => P.prospectShares],
	[/^ids must be unique$/, () => P.unique],
	[/^must be an object \(one firm\), not a list$/, () => P.list],
	[/^must be an object$/, () => P.object]
];

const RATIO = /^.+ is (\S+); it must be from (\S+) to (\S+)$/;

/** "segments.1.churn: must be a number from 0 to 0.5" in Vietnamese, naming the field. */
export function scenarioProblemText(error: ScenarioError): string {
	const ratio = RATIO.exec(error.problem);
	const ratioName = SCENARIO_FILE_TEXT.ratios[error.path as keyof typeof SCENARIO_FILE_TEXT.ratios];
	let problem = error.problem;
	if (ratio && ratioName)
		problem = fill(P.ratio, { ratio: ratioName, value: ratio[1]!, min: ratio[2]!, max: ratio[3]! });
	else
		for (const [pattern, say] of PATTERNS) {
			const m = error.problem.match(pattern);
			if (m) {
				problem = say(m);
				break;
			}
		}
	return error.path ? fill(SCENARIO_FILE_TEXT.ui.field, { field: error.path, problem }) : problem;
}

export type OpenedScenario = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Reads a scenario from a file's text: the scenario, or what is wrong in Vietnamese. */
export function openScenario(source: string): OpenedScenario {
	let input: unknown;
	try {
		input = JSON.parse(source);
	} catch (error) {
		return {
			ok: false,
			message: fill(SCENARIO_FILE_TEXT.ui.notJson, { problem: (error as Error).message })
		};
	}
	try {
		return { ok: true, scenario: parseScenario(input) };
	} catch (error) {
		if (error instanceof ScenarioError) return { ok: false, message: scenarioProblemText(error) };
		throw error;
	}
}
