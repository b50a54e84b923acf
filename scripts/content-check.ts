/**
 * npm run content:check [-- --json] [--root <dir>]
 * Validates every file under content/. Exits 1 naming the file and field of each
 * problem; 2 on a bad argument. With --json, prints the summary as JSON.
 */
import path from 'node:path';
import { checkContent, type CodeRef } from './lib/content-check';
import { REF as CAUSE_REFS } from '../src/lib/simulation/core/causes';

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

// The engine's causes link into the chapters from code: those links must
// resolve too (the simulator's texts and their links are files under content/simulator/).
const codeRefs: CodeRef[] = ownContent
	? [
			...Object.entries(CAUSE_REFS).map(([id, ref]) => ({
				source: `src/lib/simulation/core/causes.ts: REF.${id}`,
				ref
			}))
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
		const s = c.slides;
		console.log(
			`✓ chapter ${c.slug}: "${c.title}", ${c.words} words, ${c.sections} sections; slides: ${s.sectionsWithSlides}/${s.sections} sections, ${s.blocks} blocks, ${s.withNotes} with notes${s.optedIn ? '' : ` (${s.missingSections} sections to write)`}`
		);
	}
	const { total, byType } = summary.questions;
	const types = Object.entries(byType)
		.map(([type, n]) => `${type} ${n}`)
		.join(', ');
	console.log(`✓ glossary: ${summary.glossaryTerms} terms`);
	console.log(`✓ questions: ${total} (${types}); essays: ${summary.essays}`);
	console.log(`✓ scenarios: ${summary.scenarios.join(', ') || 'none'}`);
	console.log(`✓ widgets: ${summary.widgets.join(', ') || 'none'}`);
	console.log(
		`content:check: ${summary.chapters.length} chapter(s), ${total} question(s), ${summary.scenarios.length} scenario(s), no problems`
	);
}
