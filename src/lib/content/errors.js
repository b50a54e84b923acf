// Plain JavaScript with JSDoc types (checked by svelte-check): the glossary reader uses
// it, and that reader runs inside svelte.config.js, which Node loads without a TS step.
import * as v from 'valibot';

/** A problem in a content file: names the file and, where known, the field. */
export class ContentError extends Error {
	/**
	 * @param {string} file
	 * @param {string | undefined} field
	 * @param {string} problem
	 */
	constructor(file, field, problem) {
		super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
		this.name = 'ContentError';
		/** @readonly */
		this.file = file;
		/** @readonly */
		this.field = field;
		/** @readonly */
		this.problem = problem;
	}
}

/**
 * Validates `input` against `schema`, or throws a ContentError naming the file and the
 * first field that is wrong.
 * @template {v.GenericSchema} S
 * @param {S} schema
 * @param {unknown} input
 * @param {string} file
 * @returns {v.InferOutput<S>}
 */
export function parseContent(schema, input, file) {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new ContentError(file, v.getDotPath(issue) ?? undefined, describeIssue(issue));
}

/** @param {v.BaseIssue<unknown>} issue */
function describeIssue(issue) {
	if (issue.expected === 'never') return 'is not a known field (check the spelling)';
	if (issue.input === undefined && issue.path?.length) return 'is missing';
	return issue.message;
}
