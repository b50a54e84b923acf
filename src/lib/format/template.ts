/**
 * Sentences with named gaps, as content/ writes them ("Quý {quarter}: {cause}", "Đúng
 * {score}/{total}."), for the simulator's and the widgets' texts alike. The gaps are filled
 * from a record of already formatted values; content:check makes sure a text only names gaps
 * its code fills, so a missing value is a bug, not a typo in content.
 */
const GAP = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The names of a template's gaps, in order: "{a} và {b}" → ['a', 'b']. */
export function gaps(template: string): string[] {
	return [...template.matchAll(GAP)].map((m) => m[1]!);
}

/** Fills every gap of `template`; throws when a value is missing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(GAP, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
		return String(value);
	});
}
