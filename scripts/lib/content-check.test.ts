import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent, countWords } from './content-check';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const run = promisify(execFile);

describe('countWords', () => {
	it('counts Vietnamese words and ignores frontmatter, ids and syntax', () => {
		expect(
			countWords('---\ntitle: X\n---\n## Giá trị khách hàng {#gia-tri}\n\n**E ≤ P**: 2.000.000 đ.')
		).toBe(8);
	});

	it('does not count a widget placement as words', () => {
		expect(countWords('Một câu.\n\n<Widget id="stage-ladder" />\n\nHai câu.\n')).toBe(4);
	});
});

describe('checkContent', () => {
	it('summarises a valid content folder', async () => {
		const { summary, problems } = await checkContent(path.join(fixtures, 'valid'));
		expect(problems).toEqual([]);
		expect(summary.chapters).toEqual([
			{
				slug: 'vi-du',
				title: 'Chương ví dụ',
				words: 22,
				sections: 3,
				slides: {
					optedIn: false,
					blocks: 0,
					sections: 2,
					sectionsWithSlides: 0,
					missingSections: 2,
					withNotes: 0,
					quizzes: 0
				}
			}
		]);
		expect(summary.questions).toEqual({
			total: 3,
			byChapter: { 'vi-du': 3 },
			byType: { single: 1, multiple: 0, truefalse: 1, numeric: 1, ordering: 0, matching: 0 }
		});
		expect(summary.banks['vi-du']).toMatchObject({ hardShare: 0.333, keyLongestShare: 0 });
		expect(summary.essays).toBe(1);
		expect(summary.glossaryTerms).toBe(2);
	});

	it('names the file and field of a broken question', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'broken-quiz'));
		expect(problems).toEqual([
			'content/quiz/01-vi-du.json: questions.0.answer: answer is an index 0–3'
		]);
	});

	it('refuses a question that points at a section no chapter has', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'dangling-ref'));
		expect(problems).toEqual([
			'content/quiz/01-vi-du.json: questions.1.ref: "vi-du#khong-co" does not resolve: chapter "vi-du" has no section "khong-co"'
		]);
	});

	it('checks section references made from code', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'valid'), [
			{ source: 'levers.ts: LEVERS.brand', ref: 'vi-du#muc-mot' },
			{ source: 'causes.ts: REF.x', ref: 'vi-du#mat-tich' },
			{ source: 'levers.ts: LEVERS.price', ref: 'vi-du' },
			{ source: 'guided.ts: Bước 1', ref: 'vi-du#Muc-Mot' }
		]);
		expect(problems).toEqual([
			'causes.ts: REF.x: "vi-du#mat-tich" does not resolve: chapter "vi-du" has no section "mat-tich"',
			'guided.ts: Bước 1: "vi-du#Muc-Mot" is not a reference: the section id "Muc-Mot" is not lower-case-with-dashes (write "chapter-slug#section-id")'
		]);
	});

	it('names the file and field of a broken scenario', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'broken-scenario'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/scenarios\/coffee\.json: segments\.1\.churn: /);
	});

	it('names the file and field of a widget text that disagrees with the stage list', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'broken-widget'));
		expect(problems).toEqual(['content/widgets/stage-ladder.json: stages.Duy trì: is missing']);
	});

	it('names the chapter, line and id of a widget that does not exist', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'unknown-widget'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^content\/chapters\/01-vi-du\.md:21: there is no widget "bac-thang" \(known: philosophy-comparator, /
		);
	});

	it('names the file and field of a broken frontmatter', async () => {
		const { problems } = await checkContent(path.join(fixtures, 'broken-frontmatter'));
		expect(problems).toEqual(['content/chapters/01-hong.md: title: is missing']);
	});
});

describe('npm run content:check', () => {
	const cli = (...args: string[]) =>
		run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', ...args], {
			cwd: path.resolve(fixtures, '..', '..')
		});

	it('prints the JSON summary', async () => {
		const { stdout } = await cli('--json', '--root', path.join(fixtures, 'valid'));
		expect(JSON.parse(stdout).chapters[0].slug).toBe('vi-du');
	});

	it('exits non-zero naming the broken file', async () => {
		const failure = await cli('--root', path.join(fixtures, 'broken-frontmatter')).catch((e) => e);
		expect(failure.code).toBe(1);
		expect(failure.stderr).toContain('content/chapters/01-hong.md: title: is missing');
	});

	it('exits 2 on an unknown argument', async () => {
		const failure = await cli('--jsn').catch((e) => e);
		expect(failure.code).toBe(2);
		expect(failure.stderr).toContain('unknown argument "--jsn"');
	});
}, 30_000);

describe('bank targets in content:check', () => {
	it('lists a bank that misses its cue targets as a problem', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'crm-bank-targets-'));
		await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
		const file = path.join(dir, 'content/quiz/01-vi-du.json');
		const bank = JSON.parse(await readFile(file, 'utf8'));
		bank.questions[0].options = ['Một đáp án dài hơn hẳn các lựa chọn khác', 'B', 'C', 'D'];
		bank.questions[0].answer = 0;
		await writeFile(file, JSON.stringify(bank));
		const { problems } = await checkContent(dir);
		expect(problems).toEqual([
			expect.stringMatching(/01-vi-du\.json: the key is the longest option in 1 /)
		]);
	});
});
