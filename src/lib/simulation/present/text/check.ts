import { ContentError, parseContent } from '$lib/content/errors';
import { POLICY_IDS } from '../../core/policies';
import {
	AddressesSchema,
	ChartsSchema,
	DebriefSchema,
	GuidedSchema,
	LeversSchema,
	MessagesSchema,
	MetricsSchema,
	parseCauses,
	PhilosophiesSchema,
	PoliciesSchema,
	ScreensSchema,
	VoteSchema
} from './schema';
import { RunQuestionsSchema } from './run-questions';
import { ScenarioFileSchema } from './scenario-file';

/** Parses one content/simulator file by its name. */
const PARSERS: Record<string, (input: unknown, file: string) => unknown> = {
	'causes.json': parseCauses,
	'levers.json': (input, file) => parseContent(LeversSchema, input, file),
	'philosophies.json': (input, file) => parseContent(PhilosophiesSchema, input, file),
	'policies.json': (input, file) => {
		const { policies } = parseContent(PoliciesSchema, input, file);
		for (const id of POLICY_IDS)
			if (!policies[id]) throw new ContentError(file, `policies.${id}`, 'is missing');
		for (const id of Object.keys(policies))
			if (!POLICY_IDS.includes(id))
				throw new ContentError(file, `policies.${id}`, 'is not a policy of the engine');
		return { policies };
	},
	'guided.json': (input, file) => parseContent(GuidedSchema, input, file),
	'debrief.json': (input, file) => parseContent(DebriefSchema, input, file),
	'vote.json': (input, file) => parseContent(VoteSchema, input, file),
	'metrics.json': (input, file) => parseContent(MetricsSchema, input, file),
	'messages.json': (input, file) => parseContent(MessagesSchema, input, file),
	'charts.json': (input, file) => parseContent(ChartsSchema, input, file),
	'addresses.json': (input, file) => parseContent(AddressesSchema, input, file),
	'screens.json': (input, file) => parseContent(ScreensSchema, input, file),
	'run-questions.json': (input, file) => parseContent(RunQuestionsSchema, input, file),
	'scenario-file.json': (input, file) => parseContent(ScenarioFileSchema, input, file)
};
export const SIMULATOR_FILES = Object.keys(PARSERS);

/** A section link found in a content file, with the field that holds it. */
export type FoundRef = { field: string; ref: string };

/**
 * Validates content/simulator/<name> and lists the section refs it holds (for
 * content:check to resolve against the chapters).
 */
export function checkSimulatorFile(name: string, input: unknown, file: string): FoundRef[] {
	const parse = PARSERS[name];
	if (!parse) throw new ContentError(file, undefined, 'not a known simulator text file');
	return refsIn(parse(input, file), '');
}

function refsIn(node: unknown, path: string): FoundRef[] {
	if (typeof node !== 'object' || node === null) return [];
	return Object.entries(node).flatMap(([key, value]) => {
		const field = path ? `${path}.${key}` : key;
		if (key === 'ref' && typeof value === 'string') return [{ field, ref: value }];
		// The debrief's lessons are keyed by the section they teach.
		if (path === 'lessons' && typeof value === 'string') return [{ field, ref: key }];
		return refsIn(value, field);
	});
}

/**
 * Validates every simulator text file, keyed by path (`/content/simulator/causes.json`),
 * and that none is missing: throws the first problem, naming the file and field.
 */
export function checkSimulatorTexts(files: Record<string, unknown>): void {
	const byName = new Map(Object.entries(files).map(([p, input]) => [p.split('/').pop()!, input]));
	for (const name of SIMULATOR_FILES)
		if (!byName.has(name))
			throw new ContentError(`content/simulator/${name}`, undefined, 'is missing');
	for (const [name, input] of byName) checkSimulatorFile(name, input, `content/simulator/${name}`);
}
