/**
 * npm run content:check [-- --json] [--root <dir>]
 * Validates every file under content/. Exits 1 naming the file and field of each
 * problem; 2 on a bad argument. With --json, prints the summary as JSON.
 */
import path from 'node:path';
import { checkContent } from './lib/content-check';

const args = process.argv.slice(2);
let json = false;
let root = process.cwd();
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--json') json = true;
	else if (arg === '--root' && args[i + 1]) root = path.resolve(args[++i]!);
	else {
		console.error(
			`content:check: unknown argument "${arg}". Usage: content:check [--json] [--root <dir>]`
		);
		process.exit(2);
	}
}

const { summary, problems } = await checkContent(root);
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
	console.log(`✓ scenarios: ${summary.scenarios.join(', ') || 'none'}`);
	console.log(
		`content:check: ${summary.chapters.length} chapter(s), ${summary.scenarios.length} scenario(s), no problems`
	);
}
