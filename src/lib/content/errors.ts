import * as v from 'valibot';

/** A problem in a content file: names the file and, where known, the field. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string | undefined,
		readonly problem: string
	) {
		super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
		this.name = 'ContentError';
	}
}

/**
 * Validates `input` against `schema`, or throws a ContentError naming the file and the
 * first field that is wrong.
 */
export function parseContent<const S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	file: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new ContentError(file, v.getDotPath(issue) ?? undefined, describeIssue(issue));
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	if (issue.expected === 'never') return 'is not a known field (check the spelling)';
	if (issue.input === undefined && issue.path?.length) return 'is missing';
	return issue.message;
}
