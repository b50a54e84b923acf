/**
 * npm run content:check [-- --json] [--root <dir>]
 * Validates every file under content/. Exits 1 naming the file and field of each
 * problem; 2 on a bad argument. With --json, prints the summary as JSON.
 */
import path from 'node:path';
import { checkContent, type CodeRef } from './lib/content-check';
import { LEVERS, PHILOSOPHIES } from '../src/lib/simulation/core/levers';
import { REF as CAUSE_REFS } from '../src/lib/simulation/core/causes';
import { GUIDED_STEPS } from '../src/lib/simulation/present/guided';
import { PHILOSOPHY_TABLE } from '../src/lib/widgets/philosophy-comparator/philosophies';
import { CRM_TYPES } from '../src/lib/widgets/crm-type-sorter/crm-types';
import { MYTHS } from '../src/lib/widgets/myth-buster/myths';

const args = process.argv.slice(2);
let json = false;
let root = process.cwd();
let ownContent = true;
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--json') json = true;
	else if (arg === '--root' && args[i + 1]) {
		root = path.resolve(args[++i]!);
		ownContent = false;
	} else {
		console.error(
			`content:check: unknown argument "${arg}". Usage: content:check [--json] [--root <dir>]`
		);
		process.exit(2);
	}
}

// The simulator's hints and debrief link into the chapters: those links must resolve too.
const codeRefs: CodeRef[] = ownContent
	? [
			...Object.entries(LEVERS).map(([id, l]) => ({
				source: `src/lib/simulation/core/levers.ts: LEVERS.${id}`,
				ref: l.ref
			})),
			...Object.entries(PHILOSOPHIES).map(([id, p]) => ({
				source: `src/lib/simulation/core/levers.ts: PHILOSOPHIES.${id}`,
				ref: p.ref
			})),
			...GUIDED_STEPS.map((step) => ({
				source: `src/lib/simulation/present/guided.ts: ${step.title}`,
				ref: step.ref
			})),
			...Object.entries(CAUSE_REFS).map(([id, ref]) => ({
				source: `src/lib/simulation/core/causes.ts: REF.${id}`,
				ref
			})),
			...[
				...PHILOSOPHY_TABLE.map((p) => ({ file: 'philosophies', id: p.id, ref: p.ref })),
				...CRM_TYPES.map((t) => ({ file: 'crm-types', id: t.id, ref: t.ref })),
				...MYTHS.map((m) => ({ file: 'myths', id: m.id, ref: m.ref }))
			].map(({ file, id, ref }) => ({ source: `src/lib/widgets/${file}.ts: ${id}`, ref }))
		]
	: [];
const { summary, problems } = await checkContent(root, codeRefs);
if (problems.length) {
	console.error(`content:check found ${problems.length} problem(s):`);
	for (const problem of problems) console.error(`  ✗ ${problem}`);
	process.exit(1);
}
if (json) {
	console.log(JSON.stringify(summary, null, 2));
} else {
	for (const c of summary.chapters) {
		console.log(`✓ chapter ${c.slug}: "${c.title}", ${c.words} words, ${c.sections} sections`);
	}
	const { total, byType } = summary.questions;
	const types = Object.entries(byType)
		.map(([type, n]) => `${type} ${n}`)
		.join(', ');
	console.log(`✓ glossary: ${summary.glossaryTerms} terms`);
	console.log(`✓ questions: ${total} (${types}); essays: ${summary.essays}`);
	console.log(`✓ scenarios: ${summary.scenarios.join(', ') || 'none'}`);
	console.log(
		`content:check: ${summary.chapters.length} chapter(s), ${total} question(s), ${summary.scenarios.length} scenario(s), no problems`
	);
}
