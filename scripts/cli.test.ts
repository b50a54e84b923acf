import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

type Outcome = { code: number | null; stdout: string; stderr: string };

// Each run starts a Node process with tsx: about a second, more on a busy machine.
/** Runs `npm run <script>` the way npm does (tsx scripts/<script>.ts), without npm's noise. */
function run(script: string, args: string[]): Promise<Outcome> {
	return new Promise((resolve) => {
		execFile(tsx, [`scripts/${script}.ts`, ...args], { cwd: root }, (error, stdout, stderr) =>
			resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
		);
	});
}

/** Writes each file into a fresh folder; returns their paths by name. */
async function files(contents: Record<string, string>): Promise<Record<string, string>> {
	const dir = await mkdtemp(path.join(tmpdir(), 'crm-lab-cli-'));
	const paths: Record<string, string> = {};
	for (const [name, text] of Object.entries(contents)) {
		paths[name] = path.join(dir, name);
		await writeFile(paths[name], text);
	}
	return paths;
}

describe('npm run sim refuses bad input with a message naming the field, exit 2', async () => {
	const coffee = JSON.parse(
		await readFile(path.join(root, 'content/scenarios/coffee.json'), 'utf8')
	);
	const many = Array.from({ length: 256 }, (_, i) => ({
		...coffee.segments[0],
		id: `nhom-${i}`,
		share: 1 / 256,
		prospectShare: 1 / 256
	}));
	const f = await files({
		'empty.json': '[]',
		'extra.json': JSON.stringify({
			philosophy: 'marketing',
			price: 1,
			spend: {},
			targets: [],
			note: 1
		}),
		'broken.json': '{"philosophy": ',
		'rich.json': JSON.stringify({ ...coffee, budget: 1e308 }),
		'many.json': JSON.stringify({ ...coffee, segments: many })
	});
	const sim = (...args: string[]) => run('sim', ['--seed', '1', ...args]);

	it.concurrent.each([
		[
			'a decisions file []',
			['--scenario', 'coffee', '--policy', f['empty.json']!],
			'the list is empty'
		],
		[
			'an unknown top-level decisions key',
			['--scenario', 'coffee', '--policy', f['extra.json']!],
			'note: is not a decision'
		],
		[
			'money up to 1e308',
			['--scenario', f['rich.json']!, '--policy', 'balanced'],
			'budget: must be a number above 0 and at most 1e10'
		],
		[
			'256 segments',
			['--scenario', f['many.json']!, '--policy', 'balanced'],
			'segments: must be a list of 2 to 255 segments'
		],
		['invalid JSON', ['--scenario', 'coffee', '--policy', f['broken.json']!], 'is not valid JSON'],
		[
			'a missing file',
			['--scenario', 'coffee', '--policy', '/nowhere/d.json'],
			'no decisions file'
		],
		[
			'a huge quarters count',
			['--scenario', 'coffee', '--policy', 'balanced', '--quarters', '1e9'],
			'--quarters must be a whole number from 1 to 200'
		]
	])(
		'%s',
		async (_what, args, message) => {
			const { code, stdout, stderr } = await sim(...args);
			expect(stderr).toContain(message);
			expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
			expect(stdout).toBe('');
			expect(code).toBe(2);
		},
		20_000
	);
});

describe('npm run calibrate', () => {
	it('names the field of a broken scenario file and exits 2', async () => {
		const coffee = JSON.parse(
			await readFile(path.join(root, 'content/scenarios/coffee.json'), 'utf8')
		);
		coffee.segments[1].churn = 'cao';
		const f = await files({ 'broken.json': JSON.stringify(coffee) });
		const { code, stdout, stderr } = await run('calibrate', [f['broken.json']!]);
		expect(stderr).toContain('segments.1.churn: must be a number from 0 to 0.5');
		expect(stdout).toBe('');
		expect(code).toBe(2);
	}, 20_000);
});
