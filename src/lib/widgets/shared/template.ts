/**
 * Sentences with named gaps, as the widgets' content writes them: "Đúng {score}/{total}."
 * The schema (schema.ts) makes sure a text only names gaps its widget fills.
 */
const GAP = /\{([A-Za-z]+)\}/g;

/** The names of a template's gaps, in order: "{a} và {b}" → ['a', 'b']. */
export function gaps(template: string): string[] {
	return [...template.matchAll(GAP)].map((m) => m[1]!);
}

/**
 * Fills every gap of `template`; throws when a value is missing.
 * @example fill('Đúng {score}/{total}.', { score: 3, total: 5 }) // 'Đúng 3/5.'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(GAP, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
		return String(value);
	});
}
